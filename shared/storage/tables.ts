import { z } from 'zod';
import { EVIDENCE_TYPES, JUDGEMENTS } from '../assessment/assessment';
import { attemptSchema, bankKeyOf } from '../exam/attempt';
import { bankSchema } from '../exam/bank';
import { drillSessionSchema } from '../exam/drill-session';
import { reviewCardSchema } from '../exam/review';
import { frameworkPackSchema, RUBRIC_LEVELS } from '../framework/pack';
import { CV_SECTION_IDS, type CvSectionId } from '../portfolio/cv';
import { MAX_ESSAY_LENGTH, MAX_PROMPT_LENGTH } from '../portfolio/self-description';
import { storedEntrySchema } from '../practice/stored-entry';
import { profileSchema } from '../profile/profile';
import { isSafeExternalUrl } from '../security/external-url';
import { settingsSchema } from '../settings/settings';
import { publicIdentitySchema, sealedSchema } from '../signoff/files';
import { issueOf } from '../files/file-issues';

/**
 * Every table of the database, declared once: since which schema version it exists, its key
 * and indexes (the Dexie schema is made from them), the schema each row must pass (row types,
 * backups and imports follow from it), how a row is dated for merging, and whether it holds the
 * user's own data (what makes an automatic backup worth keeping). Evidence files travel beside
 * the data as bytes and follow their evidence row; their table is `FILE_TABLE` below.
 *
 * Adding a table: a descriptor here (with `since` the next version), its repository, its words
 * in the catalogues, and the fixture of the new version; see README, "Adding a table".
 */
const SINGLE_ROW = z.literal('me');
const isoTime = z.iso.datetime({ offset: true });
const id = z.string().min(1).max(200);
const text = (max: number) => z.string().max(max);

// A literal union, so the row type says RubricLevel, as the code that reads it expects.
const rubricLevel = z.literal(RUBRIC_LEVELS);

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
  link: z.string().refine((v) => v === '' || isSafeExternalUrl(v), issueOf('unsafe-link')),
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

/** A Dexie key path: a field, or `[a+b]` for a compound key. */
type KeyPath = string;

function table<S extends z.ZodType>(definition: {
  since: number;
  primaryKey: KeyPath;
  /** Secondary indexes, in Dexie's notation (`*tags` for a multi-entry index). */
  indexes?: readonly string[];
  schema: S;
  /** When the row last changed; rows without one are never overwritten by a merge. */
  stamp?: (row: z.output<S>) => string;
  /** The user's own data: an empty database is never backed up over good backups. */
  userData: boolean;
}) {
  return {
    indexes: [] as readonly string[],
    ...definition,
    key: rowKeyOf<z.output<S>>(definition.primaryKey),
  };
}

/**
 * A row's key as one string, for merging backups. Ids may hold any character, so the parts of
 * a compound key are kept apart by JSON, not a separator.
 */
function rowKeyOf<R>(primaryKey: KeyPath): (row: R) => string {
  const compound = /^\[(.+)\]$/.exec(primaryKey)?.[1]?.split('+');
  const field = (row: R, name: string) => String((row as Record<string, unknown>)[name]);
  return compound
    ? (row) => JSON.stringify(compound.map((name) => field(row, name)))
    : (row) => field(row, primaryKey);
}

export const TABLES = {
  profile: table({
    since: 1,
    primaryKey: 'id',
    userData: true,
    schema: profileSchema.extend({
      id: SINGLE_ROW,
      candidateId: z.uuid().optional(),
      updatedAt: isoTime,
    }),
    stamp: (row) => row.updatedAt,
  }),
  settings: table({
    since: 1,
    primaryKey: 'id',
    userData: false,
    // Each setting falls back to its default on its own, as when the app reads it.
    schema: settingsSchema.partial().extend({ id: SINGLE_ROW }),
  }),
  packs: table({
    since: 2,
    primaryKey: 'key',
    indexes: ['id', 'source'],
    userData: false,
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
        ...issueOf('key-not-id-version'),
        path: ['key'],
      }),
  }),
  rounds: table({
    since: 3,
    primaryKey: 'id',
    indexes: ['number', 'packKey'],
    userData: false,
    schema: z.strictObject({
      id,
      number: z.number().int().min(1),
      packKey: id,
      startedAt: isoTime,
      closedAt: isoTime.optional(),
    }),
    stamp: (row) => row.closedAt ?? row.startedAt,
  }),
  answers: table({
    since: 3,
    primaryKey: '[roundId+criterionId]',
    indexes: ['roundId'],
    userData: true,
    schema: z.strictObject({
      roundId: id,
      criterionId: id,
      rubricLevel: rubricLevel.optional(),
      judgement: z.enum(JUDGEMENTS).optional(),
      reflection: text(4000),
      updatedAt: isoTime,
    }),
    stamp: (row) => row.updatedAt,
  }),
  evidence: table({
    since: 3,
    primaryKey: 'id',
    indexes: ['date', '*criterionRefs'],
    userData: true,
    schema: evidenceRow,
    stamp: (row) => row.updatedAt,
  }),
  essays: table({
    since: 4,
    primaryKey: 'promptId',
    userData: true,
    schema: z.strictObject({
      promptId: id,
      text: text(MAX_ESSAY_LENGTH),
      customPrompt: text(MAX_PROMPT_LENGTH).optional(),
      updatedAt: isoTime,
    }),
    stamp: (row) => row.updatedAt,
  }),
  cvEntries: table({
    since: 4,
    primaryKey: 'id',
    indexes: ['section'],
    userData: true,
    schema: z.strictObject({
      id,
      section: z.enum(CV_SECTION_IDS as [CvSectionId, ...CvSectionId[]]),
      order: z.number().finite(),
      values: z.record(text(100), text(4000)),
      updatedAt: isoTime,
    }),
    stamp: (row) => row.updatedAt,
  }),
  practiceEntries: table({
    since: 5,
    primaryKey: 'id',
    indexes: ['date', 'supervisorId'],
    userData: true,
    schema: storedEntrySchema,
    // A sign-off arriving does not touch `updatedAt`, but it is a change all the same.
    stamp: (row) =>
      row.signoff && row.signoff.at > row.updatedAt ? row.signoff.at : row.updatedAt,
  }),
  supervisors: table({
    since: 5,
    primaryKey: 'id',
    userData: true,
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
  }),
  ownKey: table({
    since: 5,
    primaryKey: 'id',
    userData: true,
    schema: publicIdentitySchema.extend({
      id: SINGLE_ROW,
      sealedPrivateKey: sealedSchema,
      createdAt: isoTime,
    }),
  }),
  examAttempts: table({
    since: 6,
    primaryKey: 'id',
    indexes: ['startedAt'],
    userData: true,
    schema: attemptSchema,
    // An attempt still open has no later date than its start: a merge keeps the one here.
    stamp: (row) => row.finishedAt ?? row.startedAt,
  }),
  // v7 replaced `reviewCards` (one card per item id) with cards per bank and item.
  itemReviews: table({
    since: 7,
    primaryKey: '[bankId+itemId]',
    indexes: ['due'],
    userData: true,
    schema: reviewCardSchema,
    stamp: (row) => row.lastReview ?? row.due,
  }),
  questionBanks: table({
    since: 7,
    primaryKey: 'key',
    userData: true,
    schema: z
      .strictObject({ key: id, bank: bankSchema })
      .refine((row) => row.key === bankKeyOf(row.bank), {
        ...issueOf('key-not-id-version'),
        path: ['key'],
      }),
  }),
  // v8 renamed `practiceSessions` (v7), so the exam's drills never read as the practice log.
  drillSessions: table({
    since: 8,
    primaryKey: 'id',
    indexes: ['startedAt'],
    userData: true,
    schema: drillSessionSchema,
    stamp: (row) => row.updatedAt,
  }),
  // Keys an assessor has compared with the supervisors' key cards: a portfolio signed only with
  // these can show as verified (shared/portfolio/verdict.ts).
  knownKeys: table({
    since: 9,
    primaryKey: 'fingerprint',
    userData: true,
    schema: z.strictObject({
      fingerprint: z.string().min(1).max(60),
      publicKey: publicIdentitySchema.shape.publicKey,
      name: text(200),
      markedAt: isoTime,
    }),
    stamp: (row) => row.markedAt,
  }),
};

/** Evidence files' bytes, apart so that listing evidence never loads them; not user data on their own. */
export const FILE_TABLE = { name: 'evidenceFiles', since: 3, primaryKey: 'id' } as const;

export type TableName = keyof typeof TABLES;
export const TABLE_NAMES = Object.keys(TABLES) as TableName[];
export type Row<T extends TableName> = z.output<(typeof TABLES)[T]['schema']>;
export type BackupTables = { [T in TableName]: Row<T>[] };

/** The tables whose rows make the database worth an automatic backup. */
export const USER_DATA_TABLES = TABLE_NAMES.filter((name) => TABLES[name].userData);

/** A table's Dexie schema: the primary key, then the indexes. */
export const dexieSpec = (name: TableName): string =>
  [TABLES[name].primaryKey, ...TABLES[name].indexes].join(', ');
