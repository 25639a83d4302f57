import { z } from 'zod';
import { EVIDENCE_TYPES, JUDGEMENTS } from '../assessment/assessment';
import { attemptSchema, bankKeyOf } from '../exam/attempt';
import { bankSchema } from '../exam/bank';
import { practiceSessionSchema } from '../exam/practice-session';
import { reviewCardSchema } from '../exam/review';
import { frameworkPackSchema, RUBRIC_LEVELS } from '../framework/pack';
import { CV_SECTION_IDS, type CvSectionId } from '../portfolio/cv';
import { MAX_ESSAY_LENGTH, MAX_PROMPT_LENGTH } from '../portfolio/self-description';
import { storedEntrySchema } from '../practice/stored-entry';
import { profileSchema } from '../profile/profile';
import { isSafeExternalUrl } from '../security/external-url';
import { settingsSchema } from '../settings/settings';
import { publicIdentitySchema, sealedSchema } from '../signoff/files';

/**
 * Every table of the database as a backup carries it: since which schema version it exists,
 * how a row is identified and dated (for merging), and the schema each row must pass before
 * anything is written. Evidence files (the `evidenceFiles` table) travel beside the data, as
 * bytes, and follow their evidence row.
 */
const SINGLE_ROW = z.literal('me');
const isoTime = z.iso.datetime({ offset: true });
const id = z.string().min(1).max(200);
const text = (max: number) => z.string().max(max);

const rubricLevel = z
  .number()
  .int()
  .refine((n) => (RUBRIC_LEVELS as readonly number[]).includes(n));

const evidenceFileInfo = z.strictObject({
  name: text(500),
  mimeType: text(200),
  size: z.number().int().min(0),
});

const evidenceRow = z.strictObject({
  id,
  title: z.string().min(1).max(200),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  type: z.enum(EVIDENCE_TYPES),
  description: text(4000),
  link: z.string().refine((v) => v === '' || isSafeExternalUrl(v), 'not a safe https link'),
  vatm: z.strictObject({
    valid: z.boolean(),
    asli: z.boolean(),
    terkini: z.boolean(),
    memadai: z.boolean(),
  }),
  criterionRefs: z.array(z.string().min(1)).max(2000),
  file: evidenceFileInfo.optional(),
  createdAt: isoTime,
  updatedAt: isoTime,
});

function table<S extends z.ZodType>(definition: {
  since: number;
  schema: S;
  key: (row: z.output<S>) => string;
  /** When the row last changed; rows without one are never overwritten by a merge. */
  stamp?: (row: z.output<S>) => string;
}) {
  return definition;
}

export const TABLES = {
  profile: table({
    since: 1,
    schema: profileSchema.extend({ id: SINGLE_ROW, updatedAt: isoTime }),
    key: (row) => row.id,
    stamp: (row) => row.updatedAt,
  }),
  settings: table({
    since: 1,
    // Each setting falls back to its default on its own, as when the app reads it.
    schema: settingsSchema.partial().extend({ id: SINGLE_ROW }),
    key: (row) => row.id,
  }),
  packs: table({
    since: 2,
    schema: z
      .strictObject({
        key: id,
        id,
        version: text(50),
        title: text(200),
        source: z.enum(['builtin', 'imported']),
        installedAt: isoTime,
        pack: frameworkPackSchema,
      })
      .refine((row) => row.key === `${row.pack.id}@${row.pack.version}`, {
        message: 'the key is not the pack’s id@version',
        path: ['key'],
      }),
    key: (row) => row.key,
  }),
  rounds: table({
    since: 3,
    schema: z.strictObject({
      id,
      number: z.number().int().min(1),
      packKey: id,
      startedAt: isoTime,
      closedAt: isoTime.optional(),
    }),
    key: (row) => row.id,
    stamp: (row) => row.closedAt ?? row.startedAt,
  }),
  answers: table({
    since: 3,
    schema: z.strictObject({
      roundId: id,
      criterionId: id,
      rubricLevel: rubricLevel.optional(),
      judgement: z.enum(JUDGEMENTS).optional(),
      reflection: text(4000),
      updatedAt: isoTime,
    }),
    // Ids may hold any character, so the two parts are kept apart by JSON, not a separator.
    key: (row) => JSON.stringify([row.roundId, row.criterionId]),
    stamp: (row) => row.updatedAt,
  }),
  evidence: table({
    since: 3,
    schema: evidenceRow,
    key: (row) => row.id,
    stamp: (row) => row.updatedAt,
  }),
  essays: table({
    since: 4,
    schema: z.strictObject({
      promptId: id,
      text: text(MAX_ESSAY_LENGTH),
      customPrompt: text(MAX_PROMPT_LENGTH).optional(),
      updatedAt: isoTime,
    }),
    key: (row) => row.promptId,
    stamp: (row) => row.updatedAt,
  }),
  cvEntries: table({
    since: 4,
    schema: z.strictObject({
      id,
      section: z.enum(CV_SECTION_IDS as [CvSectionId, ...CvSectionId[]]),
      order: z.number().finite(),
      values: z.record(text(100), text(4000)),
      updatedAt: isoTime,
    }),
    key: (row) => row.id,
    stamp: (row) => row.updatedAt,
  }),
  practiceEntries: table({
    since: 5,
    schema: storedEntrySchema,
    key: (row) => row.id,
    // A sign-off arriving does not touch `updatedAt`, but it is a change all the same.
    stamp: (row) =>
      row.signoff && row.signoff.at > row.updatedAt ? row.signoff.at : row.updatedAt,
  }),
  supervisors: table({
    since: 5,
    schema: z.strictObject({
      id,
      name: text(200),
      role: text(200),
      strNumber: text(100),
      contact: text(200),
      publicKey: z.union([z.literal(''), publicIdentitySchema.shape.publicKey]),
      fingerprint: text(60),
      createdAt: isoTime,
    }),
    key: (row) => row.id,
  }),
  ownKey: table({
    since: 5,
    schema: publicIdentitySchema.extend({
      id: SINGLE_ROW,
      sealedPrivateKey: sealedSchema,
      createdAt: isoTime,
    }),
    key: (row) => row.id,
  }),
  examAttempts: table({
    since: 6,
    schema: attemptSchema,
    key: (row) => row.id,
    // An attempt still open has no later date than its start: a merge keeps the one here.
    stamp: (row) => row.finishedAt ?? row.startedAt,
  }),
  // v7 replaced `reviewCards` (one card per item id) with cards per bank and item.
  itemReviews: table({
    since: 7,
    schema: reviewCardSchema,
    key: (row) => JSON.stringify([row.bankId, row.itemId]),
    stamp: (row) => row.lastReview ?? row.due,
  }),
  questionBanks: table({
    since: 7,
    schema: z
      .strictObject({ key: id, bank: bankSchema })
      .refine((row) => row.key === bankKeyOf(row.bank), {
        message: 'the key is not the bank’s id@version',
        path: ['key'],
      }),
    key: (row) => row.key,
  }),
  practiceSessions: table({
    since: 7,
    schema: practiceSessionSchema,
    key: (row) => row.id,
    stamp: (row) => row.updatedAt,
  }),
};

export type TableName = keyof typeof TABLES;
export const TABLE_NAMES = Object.keys(TABLES) as TableName[];
export type Row<T extends TableName> = z.output<(typeof TABLES)[T]['schema']>;
export type BackupTables = { [T in TableName]: Row<T>[] };
