import fc from 'fast-check';
import { unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  readSnapshot,
  readTables,
  restoreSnapshot,
} from '../../../renderer/src/db/backup-repository';
import type { KompetenDatabase } from '../../../renderer/src/db/database';
import { EVIDENCE_TYPES, JUDGEMENTS } from '../../../shared/assessment/assessment';
import { DEFAULT_FIELDS_OF_PRACTICE } from '../../../shared/domain/fields-of-practice';
import { LEVELS } from '../../../shared/domain/levels';
import {
  HELPING_STAGES,
  PRACTICE_FORMS,
  PRACTICE_LEVELS,
} from '../../../shared/domain/vocabularies';
import { makeTestPack } from '../../support/pack';
import { sha256Hex } from '../../../shared/backup/checksum';
import { dataSchema, ENTRY, type BackupSnapshot } from '../../../shared/backup/format';
import { consistencyIssues, readBackup } from '../../../shared/backup/read';
import { compareTables, RESTORE_MODES } from '../../../shared/backup/restore-plan';
import { TABLE_NAMES, TABLES, type BackupTables, type Row } from '../../../shared/storage/tables';
import { backupData, makeTestSnapshot, sortedSnapshot } from '../../support/snapshot';
import { writeBackup } from '../../../shared/backup/write';
import { CV_SECTION_IDS } from '../../../shared/portfolio/cv';
import { PORTFOLIO_SECTIONS } from '../../../shared/portfolio/data';
import { ACTIVITY_KINDS } from '../../../shared/practice/entry';
import { DIFFICULTIES } from '../../../shared/exam/bank';
import { makeTestBank } from '../../support/bank';
import { DOMAINS } from '../../../shared/framework/pack';
import { storedEntrySchema } from '../../../shared/practice/stored-entry';
import { PRACTICE_DIMENSIONS } from '../../../shared/practice/totals';
import { isSafeExternalUrl } from '../../../shared/security/external-url';
import { toBase64 } from '../../../shared/signing/ed25519';
import { testDatabase } from './test-database';

/**
 * Issue 6, point 8: for any valid data a backup gives back exactly that data, and a damaged or
 * crafted backup is either refused, leaving the database as it was, or restores valid data.
 * The arbitraries follow the tables' schemas and produce what those schemas output unchanged.
 */

const META = {
  appVersion: '1.4.0',
  createdAt: '2026-11-30T03:00:00.000Z',
  reason: 'manual',
} as const;

// ----- Arbitraries: one per kind of field, then one per table. -----

/** zod counts a string's length in code points. */
const codePoints = (s: string) => [...s].length;
/** Any text of `min` to `max` code points, from all of Unicode (lone surrogates included). */
const text = (max: number, min = 0) =>
  fc
    .string({ unit: 'binary', minLength: min, maxLength: Math.min(max, 24) })
    .filter((s) => codePoints(s) >= min && codePoints(s) <= max);
/** As a schema with `.trim()` outputs it. */
const trimmed = (max: number, min = 0) =>
  text(max)
    .map((s) => s.trim())
    .filter((s) => codePoints(s) >= min);
const id = text(200, 1);
const isoTime = fc
  .date({
    min: new Date('1970-01-01T00:00:00Z'),
    max: new Date('2100-12-31T23:59:59Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString());
const isoDate = fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/);
const base64 = fc.uint8Array({ minLength: 1, maxLength: 100 }).map(toBase64);
const fieldId = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);
const stableId = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,20}$/);
const choice = <T extends string | number>(values: readonly T[]) => fc.constantFrom(...values);
const optionalChoice = <T extends string>(values: readonly T[]) =>
  fc.constantFrom<'' | T>('', ...values);
/** A finite number; JSON has no -0. */
const finite = fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (n === 0 ? 0 : n));
const mimeType = fc.oneof(
  fc.constant(''),
  fc.stringMatching(/^[a-z0-9.+-]{1,12}\/[a-z0-9.+-]{1,12}$/),
);

const profileRow: fc.Arbitrary<Row<'profile'>> = fc.record(
  {
    id: fc.constant('me' as const),
    fullName: trimmed(120, 2),
    targetLevel: choice(LEVELS),
    education: fc.record({
      programme: trimmed(120),
      institution: trimmed(160),
      graduationYear: fc.oneof(fc.constant(''), fc.integer({ min: 1950, max: 2030 }).map(String)),
    }),
    workplace: trimmed(160),
    fieldsOfPractice: fc.array(choice(DEFAULT_FIELDS_OF_PRACTICE), { maxLength: 9 }),
    strNumber: fc.oneof(
      fc.constant(''),
      fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9./\- ]{2,38}[A-Za-z0-9]$/),
    ),
    candidateId: fc.uuid({ version: 4 }),
    updatedAt: isoTime,
  },
  {
    // Profiles saved before the candidate's identity existed have none.
    requiredKeys: [
      'id',
      'fullName',
      'targetLevel',
      'education',
      'workplace',
      'fieldsOfPractice',
      'strNumber',
      'updatedAt',
    ],
  },
);

const targetHours = fc.double({ min: 0.25, max: 10_000, noNaN: true });
const settingsRow: fc.Arbitrary<Row<'settings'>> = fc.record(
  {
    id: fc.constant('me' as const),
    language: choice(['id', 'en'] as const),
    activePackKey: text(60),
    activeBankKey: text(60),
    practice: fc.record({
      customFields: fc.array(fc.record({ id: fieldId, label: trimmed(60, 1) }), { maxLength: 3 }),
      hiddenFields: fc.array(fieldId, { maxLength: 3 }),
      targets: fc.record({
        totalHours: targetHours,
        minimums: fc.array(
          fc.record({
            dimension: choice(PRACTICE_DIMENSIONS),
            value: text(40, 1),
            hours: targetHours,
          }),
          { maxLength: 3 },
        ),
      }),
    }),
    portfolioExport: fc.record(
      {
        sections: fc.array(choice(PORTFOLIO_SECTIONS), { minLength: 1, maxLength: 9 }),
        exportedAt: text(40),
      },
      { requiredKeys: ['sections'] },
    ),
  },
  { requiredKeys: ['id'] },
);

const packRow = (
  packId: fc.Arbitrary<string>,
  id: fc.Arbitrary<string>,
): fc.Arbitrary<Row<'packs'>> =>
  fc
    .record({
      packId,
      version: fc.tuple(fc.nat(99), fc.nat(99)).map(([a, b]) => `${a}.${b}`),
      units: fc.integer({ min: 1, max: 2 }),
      rowId: id,
      rowVersion: text(50),
      title: text(200),
      source: choice(['builtin', 'imported'] as const),
      installedAt: isoTime,
    })
    .map(({ packId, version, units, rowId, rowVersion, title, source, installedAt }) => ({
      key: `${packId}@${version}`,
      id: rowId,
      version: rowVersion,
      title,
      source,
      installedAt,
      pack: makeTestPack({ id: packId, version, units, elementsPerUnit: 1, criteriaPerElement: 1 }),
    }));

const roundRow = (id: fc.Arbitrary<string>): fc.Arbitrary<Row<'rounds'>> =>
  fc.record(
    {
      id,
      number: fc.integer({ min: 1, max: 10_000 }),
      packKey: id,
      startedAt: isoTime,
      closedAt: isoTime,
    },
    { requiredKeys: ['id', 'number', 'packKey', 'startedAt'] },
  );

const answerRow = (id: fc.Arbitrary<string>): fc.Arbitrary<Row<'answers'>> =>
  fc.record(
    {
      roundId: id,
      criterionId: id,
      rubricLevel: fc.constantFrom(1, 2, 3, 4),
      judgement: choice(JUDGEMENTS),
      reflection: text(4000),
      updatedAt: isoTime,
    },
    { requiredKeys: ['roundId', 'criterionId', 'reflection', 'updatedAt'] },
  );

/** An evidence row with, maybe, its file's bytes. */
const evidenceWithFile = (id: fc.Arbitrary<string>) =>
  fc
    .record({
      row: fc.record({
        id,
        title: text(200, 1),
        date: isoDate,
        type: choice(EVIDENCE_TYPES),
        description: text(4000),
        link: fc.oneof(
          fc.constant(''),
          fc.webUrl({ validSchemes: ['https'] }).filter(isSafeExternalUrl),
        ),
        vatm: fc.record({
          valid: fc.boolean(),
          asli: fc.boolean(),
          terkini: fc.boolean(),
          memadai: fc.boolean(),
        }),
        criterionRefs: fc.array(text(100, 1), { maxLength: 3 }),
        createdAt: isoTime,
        updatedAt: isoTime,
      }),
      file: fc.option(
        fc.record({
          name: text(500),
          mimeType: text(200),
          type: mimeType,
          bytes: fc.uint8Array({ maxLength: 300 }),
        }),
        { nil: undefined },
      ),
    })
    .map(({ row, file }) => ({
      row: file
        ? { ...row, file: { name: file.name, mimeType: file.mimeType, size: file.bytes.length } }
        : row,
      file: file && { id: row.id, type: file.type, bytes: file.bytes as Uint8Array<ArrayBuffer> },
    }));

const essayRow = (id: fc.Arbitrary<string>): fc.Arbitrary<Row<'essays'>> =>
  fc.record(
    { promptId: id, text: text(20_000), customPrompt: text(1000), updatedAt: isoTime },
    { requiredKeys: ['promptId', 'text', 'updatedAt'] },
  );

const cvEntryRow = (id: fc.Arbitrary<string>): fc.Arbitrary<Row<'cvEntries'>> =>
  fc.record({
    id,
    section: choice(CV_SECTION_IDS),
    order: finite,
    values: fc.dictionary(fc.stringMatching(/^[A-Za-z]{1,12}$/), text(4000), {
      maxKeys: 4,
      noNullPrototype: true,
    }),
    updatedAt: isoTime,
  });

const candidate = fc.record({ name: text(200), strNumber: text(100) });
const signoff = fc.oneof(
  fc.record({
    kind: fc.constant('requested' as const),
    requestId: text(100, 1),
    supervisorId: text(100),
    candidate,
    at: isoTime,
    entryText: text(2000),
  }),
  fc.record({
    kind: choice(['signed', 'returned'] as const),
    requestId: text(100, 1),
    candidate,
    supervisorId: text(100),
    supervisorName: text(200),
    fingerprint: text(60),
    publicKey: base64,
    at: isoTime,
    comment: text(1000),
    signature: base64,
    entryText: text(2000),
  }),
  fc.record({
    kind: fc.constant('in-person' as const),
    supervisorId: text(100),
    supervisorName: text(200),
    at: isoTime,
    drawing: text(2000),
    entryText: text(2000),
  }),
);

const practiceEntryRow = (id: fc.Arbitrary<string>): fc.Arbitrary<Row<'practiceEntries'>> =>
  fc.record(
    {
      id: id.filter((s) => codePoints(s) <= 100),
      date: isoDate,
      startTime: text(5),
      endTime: text(5),
      minutes: fc.integer({ min: 1, max: 24 * 60 }),
      agency: text(200),
      setting: text(200),
      field: text(60),
      practiceLevel: optionalChoice(PRACTICE_LEVELS),
      practiceForm: optionalChoice(PRACTICE_FORMS),
      stage: optionalChoice(HELPING_STAGES),
      activityKind: choice(ACTIVITY_KINDS),
      criterionRefs: fc.array(text(200, 1), { maxLength: 3 }),
      narrative: text(4000),
      duration: text(100),
      supervisorId: text(100),
      createdAt: text(100),
      updatedAt: fc.oneof(isoTime, text(100)),
      signoff,
    },
    {
      // Every field but the sign-off, which an unsigned entry does not have.
      requiredKeys: (
        Object.keys(storedEntrySchema.shape) as (keyof typeof storedEntrySchema.shape)[]
      ).filter((key) => key !== 'signoff'),
    },
  );

const supervisorRow = (id: fc.Arbitrary<string>): fc.Arbitrary<Row<'supervisors'>> =>
  fc.record({
    id,
    name: text(200),
    role: text(200),
    strNumber: text(100),
    contact: text(200),
    publicKey: fc.oneof(fc.constant(''), base64),
    fingerprint: text(60),
    createdAt: isoTime,
  });

const ownKeyRow: fc.Arbitrary<Row<'ownKey'>> = fc.record({
  id: fc.constant('me' as const),
  name: trimmed(120, 1),
  role: trimmed(120),
  strNumber: trimmed(40),
  contact: trimmed(200),
  publicKey: base64,
  fingerprint: text(60),
  sealedPrivateKey: fc.record({
    kdf: fc.constant('PBKDF2-SHA256' as const),
    iterations: fc.integer({ min: 100_000, max: 10_000_000 }),
    salt: base64,
    iv: base64,
    ciphertext: base64,
  }),
  createdAt: isoTime,
});

/** Rows with distinct keys, as a table holds them. */
const tally = fc.record({ correct: fc.nat(100), count: fc.nat(100) });
const examAttemptRow = (id: fc.Arbitrary<string>): fc.Arbitrary<Row<'examAttempts'>> =>
  fc.integer({ min: 0, max: 5 }).chain((n) =>
    fc.record(
      {
        id,
        bankKey: text(200, 1),
        itemIds: fc.array(text(100, 1), { minLength: n, maxLength: n }),
        choices: fc.array(fc.option(choice(['A', 'B', 'C', 'D', 'E'] as const), { nil: null }), {
          minLength: n,
          maxLength: n,
        }),
        flags: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
        position: fc.nat(n),
        clock: fc.record({
          limitMs: fc.nat(10_000_000),
          elapsedMs: fc.nat(10_000_000),
          runningSince: fc.option(fc.nat(), { nil: null }),
        }),
        shortfalls: fc.array(
          fc.record({
            domain: choice(DOMAINS),
            difficulty: choice(DIFFICULTIES),
            wanted: fc.nat(100),
            available: fc.nat(100),
          }),
          { maxLength: 3 },
        ),
        missing: fc.nat(100),
        startedAt: isoTime,
        finishedAt: isoTime,
        endedBy: choice(['candidate', 'time'] as const),
        result: fc.record({
          total: tally,
          byDomain: fc.record({ knowledge: tally, values: tally, skills: tally }),
          byDifficulty: fc.record({ easy: tally, medium: tally, hard: tally }),
        }),
      },
      {
        requiredKeys: [
          'id',
          'bankKey',
          'itemIds',
          'choices',
          'flags',
          'position',
          'clock',
          'shortfalls',
          'missing',
          'startedAt',
        ],
      },
    ),
  );

const itemReviewRow = (
  bankId: fc.Arbitrary<string>,
  id: fc.Arbitrary<string>,
): fc.Arbitrary<Row<'itemReviews'>> =>
  fc.record(
    {
      bankId,
      itemId: id,
      due: isoTime,
      stability: fc.double({ min: 0, max: 1e6, noNaN: true }),
      difficulty: fc.double({ min: 0, max: 10, noNaN: true }),
      elapsedDays: fc.nat(10_000),
      scheduledDays: fc.nat(10_000),
      learningSteps: fc.nat(10),
      reps: fc.nat(1000),
      lapses: fc.nat(1000),
      state: fc.integer({ min: 0, max: 3 }),
      lastReview: isoTime,
    },
    {
      requiredKeys: [
        'bankId',
        'itemId',
        'due',
        'stability',
        'difficulty',
        'elapsedDays',
        'scheduledDays',
        'learningSteps',
        'reps',
        'lapses',
        'state',
      ],
    },
  );

const questionBankRow = (bankId: fc.Arbitrary<string>): fc.Arbitrary<Row<'questionBanks'>> =>
  fc
    .record({
      bankId,
      version: fc.tuple(fc.nat(99), fc.nat(99)).map(([a, b]) => `${a}.${b}`),
      items: fc.integer({ min: 1, max: 2 }),
      title: trimmed(200, 1),
    })
    .map(({ bankId, version, items, title }) => ({
      key: `${bankId}@${version}`,
      bank: { ...makeTestBank(() => items), id: bankId, version, title },
    }));

const drillSessionRow = (id: fc.Arbitrary<string>): fc.Arbitrary<Row<'drillSessions'>> =>
  fc
    .record(
      {
        id,
        bankKey: text(200, 1),
        filter: fc.record(
          { domain: choice(DOMAINS), criterion: text(200, 1), tag: text(60, 1) },
          { requiredKeys: [] },
        ),
        itemIds: fc.uniqueArray(text(100, 1), { minLength: 1, maxLength: 5 }),
        answered: fc.nat(5),
        choice: choice(['A', 'B', 'C', 'D', 'E'] as const),
        correct: fc.boolean(),
        startedAt: isoTime,
        updatedAt: isoTime,
      },
      {
        requiredKeys: [
          'id',
          'bankKey',
          'filter',
          'itemIds',
          'answered',
          'choice',
          'correct',
          'startedAt',
          'updatedAt',
        ],
      },
    )
    .map(({ itemIds, answered, choice, correct, ...session }) => ({
      ...session,
      itemIds,
      answers: itemIds.slice(0, answered).map((itemId) => ({ itemId, choice, correct })),
      // Finished exactly when every picked item is answered.
      ...(answered >= itemIds.length ? { finishedAt: session.updatedAt } : {}),
    }));

const knownKeyRow = (id: fc.Arbitrary<string>): fc.Arbitrary<Row<'knownKeys'>> =>
  fc.record({
    fingerprint: id.filter((s) => codePoints(s) <= 60),
    publicKey: base64,
    name: text(200),
    markedAt: isoTime,
  });

function rows<T extends keyof BackupTables>(name: T, row: fc.Arbitrary<Row<T>>, maxLength = 3) {
  const key = TABLES[name].key as (row: Row<T>) => string;
  return fc.uniqueArray(row, { selector: key, maxLength });
}

/**
 * Valid snapshots with keys from `ids`: any id by default; a handful of ids makes two snapshots
 * share records, as a backup and the database it is merged into do.
 */
function snapshotOf(
  ids: { id: fc.Arbitrary<string>; packId: fc.Arbitrary<string> } = { id, packId: stableId },
) {
  return fc
    .record({
      profile: rows('profile', profileRow, 1),
      settings: rows('settings', settingsRow, 1),
      packs: rows('packs', packRow(ids.packId, ids.id), 2),
      rounds: rows('rounds', roundRow(ids.id)),
      answers: rows('answers', answerRow(ids.id)),
      evidence: fc.uniqueArray(evidenceWithFile(ids.id), {
        selector: (e) => e.row.id,
        maxLength: 4,
      }),
      essays: rows('essays', essayRow(ids.id)),
      cvEntries: rows('cvEntries', cvEntryRow(ids.id)),
      practiceEntries: rows('practiceEntries', practiceEntryRow(ids.id)),
      supervisors: rows('supervisors', supervisorRow(ids.id)),
      ownKey: rows('ownKey', ownKeyRow, 1),
      examAttempts: rows('examAttempts', examAttemptRow(ids.id)),
      itemReviews: rows('itemReviews', itemReviewRow(ids.packId, ids.id)),
      questionBanks: rows('questionBanks', questionBankRow(ids.packId), 2),
      drillSessions: rows('drillSessions', drillSessionRow(ids.id)),
      knownKeys: rows('knownKeys', knownKeyRow(ids.id)),
    })
    .map(({ evidence, ...tables }): BackupSnapshot => ({
      tables: { ...tables, evidence: evidence.map((e) => e.row) },
      files: evidence.flatMap((e) => (e.file ? [e.file] : [])),
    }));
}

// ----- Helpers -----

const open: KompetenDatabase[] = [];
afterAll(() => {
  for (const db of open.splice(0)) db.close();
});

async function emptyDatabase(): Promise<KompetenDatabase> {
  const db = testDatabase();
  open.push(db);
  await db.open();
  return db;
}

/** What a restored database holds is valid: every row passes its schema, and all fit together. */
async function expectValid(db: KompetenDatabase) {
  const snapshot = await readSnapshot(db);
  const data = await backupData(snapshot);
  const parsed = dataSchema.safeParse(JSON.parse(JSON.stringify(data)));
  expect(parsed.error?.issues ?? []).toEqual([]);
  expect(consistencyIssues(snapshot)).toEqual([]);
}

// ----- Property A -----

describe('any valid data', () => {
  it('is given back exactly by a backup restored into an empty database', async () => {
    await fc.assert(
      fc.asyncProperty(snapshotOf(), async (snapshot) => {
        // The arbitraries make what the schemas output unchanged; this checks them.
        const data = await backupData(snapshot);
        const parsed = dataSchema.safeParse(JSON.parse(JSON.stringify(data)));
        expect(parsed.error?.issues ?? []).toEqual([]);

        const read = await readBackup(await writeBackup(snapshot, META));
        if (!read.ok) throw new Error(JSON.stringify(read.problem));
        expect(read.snapshot).toEqual(snapshot);

        const db = testDatabase();
        try {
          await restoreSnapshot(db, read.snapshot, 'replace');
          expect(sortedSnapshot(await readSnapshot(db))).toEqual(sortedSnapshot(snapshot));
        } finally {
          db.close();
        }
      }),
      { numRuns: 100 },
    );
  }, 30_000);
});

// ----- Merging -----

/** A handful of ids, so that two snapshots share records. */
const fewIds = { id: fc.constantFrom('a', 'b', 'c'), packId: fc.constantFrom('p', 'q') };

describe('any backup merged into any database', () => {
  it('keeps every record of both, taking the file’s only where it is newer', async () => {
    await fc.assert(
      fc.asyncProperty(snapshotOf(fewIds), snapshotOf(fewIds), async (here, written) => {
        const read = await readBackup(await writeBackup(written, META));
        if (!read.ok) throw new Error(JSON.stringify(read.problem));
        const file = read.snapshot;
        const db = testDatabase();
        try {
          await restoreSnapshot(db, here, 'replace');
          // As the app compares: with what the database holds.
          const hereTables = await readTables(db);
          const comparison = compareTables(file.tables, hereTables);
          await restoreSnapshot(db, file, 'merge');
          const merged = await readSnapshot(db);
          const taken = new Set<string>();

          for (const name of TABLE_NAMES) {
            const { key, stamp } = TABLES[name] as unknown as {
              key: (row: unknown) => string;
              stamp?: (row: unknown) => string;
            };
            const hereRows = new Map((hereTables[name] as unknown[]).map((r) => [key(r), r]));
            const fileRows = new Map((file.tables[name] as unknown[]).map((r) => [key(r), r]));
            const expected = new Map(hereRows);
            for (const [k, row] of fileRows) {
              const mine = hereRows.get(k);
              if (!mine || (stamp && stamp(row) > stamp(mine))) {
                expected.set(k, row);
                if (name === 'evidence') taken.add(k);
              }
            }
            const mergedRows = new Map((merged.tables[name] as unknown[]).map((r) => [key(r), r]));
            expect(mergedRows, name).toEqual(expected);
            const c = comparison[name];
            expect(mergedRows.size, name).toBe(c.here + c.added);
            expect(c.added + c.newerInFile + c.newerHere + c.differ + c.same, name).toBe(c.inFile);
          }

          // Each evidence item's file comes from the side its record was taken from.
          const filesOf = (s: BackupSnapshot) => new Map(s.files.map((f) => [f.id, f]));
          const expectedFiles = new Map(filesOf(here));
          for (const id of taken) {
            const fromFile = filesOf(file).get(id);
            if (fromFile) expectedFiles.set(id, fromFile);
            else expectedFiles.delete(id);
          }
          expect(filesOf(merged)).toEqual(expectedFiles);
          expect(consistencyIssues(merged)).toEqual([]);
        } finally {
          db.close();
        }
      }),
      { numRuns: 100 },
    );
  }, 30_000);
});

// ----- Property B -----

type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
type Path = (string | number)[];

/** Every place in a JSON value, parents before children. */
function pathsOf(value: JsonValue, path: Path = [], into: Path[] = []): Path[] {
  into.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...path, i], into));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) pathsOf(v, [...path, k], into);
  }
  return into;
}

type JsonChange =
  | { op: 'set'; value: JsonValue }
  | { op: 'delete' }
  | { op: 'duplicate' }
  | { op: 'addKey'; key: string; value: JsonValue };

/** `root` with one change at `path` (the root itself can only be replaced). */
function changed(root: JsonValue, path: Path, change: JsonChange): JsonValue {
  const copy = structuredClone(root);
  if (path.length === 0) return change.op === 'set' ? change.value : copy;
  let parent = copy as Record<string | number, JsonValue>;
  for (const part of path.slice(0, -1)) parent = parent[part] as Record<string | number, JsonValue>;
  const last = path.at(-1) as string | number;
  const target = parent[last] as JsonValue;
  if (change.op === 'set') parent[last] = change.value;
  else if (change.op === 'delete') {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else Reflect.deleteProperty(parent, last);
  } else if (change.op === 'duplicate') {
    if (Array.isArray(parent)) parent.splice(last as number, 0, structuredClone(target));
    else parent[last] = [target, structuredClone(target)];
  } else if (target && typeof target === 'object' && !Array.isArray(target)) {
    Object.defineProperty(target, change.key, {
      value: change.value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  } else parent[last] = { [change.key]: change.value };
  return copy;
}

const jsonChange: fc.Arbitrary<JsonChange> = fc.oneof(
  fc.record({
    op: fc.constant('set' as const),
    value: fc.oneof(
      fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<JsonValue>,
      fc.constantFrom<JsonValue>('', 0, -1, 1e308, null, [], {}, '2026-13-45', 'x'.repeat(5000)),
    ),
  }),
  fc.constant({ op: 'delete' as const }),
  fc.constant({ op: 'duplicate' as const }),
  fc.record({
    op: fc.constant('addKey' as const),
    key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'file'), fc.string()),
    value: fc.jsonValue({ maxDepth: 1 }) as fc.Arbitrary<JsonValue>,
  }),
);

type Mutation =
  | { kind: 'flip'; flips: { at: number; bit: number }[] }
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'json'; entry: 'data.json' | 'manifest.json'; at: number; change: JsonChange };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('flip' as const),
    flips: fc.array(fc.record({ at: fc.nat(), bit: fc.nat(7) }), { minLength: 1, maxLength: 4 }),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }),
  }),
  fc.record({
    kind: fc.constant('json' as const),
    entry: fc.constantFrom('data.json' as const, 'manifest.json' as const),
    at: fc.nat(),
    change: jsonChange,
  }),
);

async function mutate(
  file: Uint8Array<ArrayBuffer>,
  m: Mutation,
): Promise<Uint8Array<ArrayBuffer>> {
  if (m.kind === 'flip') {
    const bytes = file.slice();
    for (const { at, bit } of m.flips)
      bytes[at % bytes.length] = (bytes[at % bytes.length] ?? 0) ^ (1 << bit);
    return bytes;
  }
  if (m.kind === 'truncate') return file.slice(0, m.at % file.length);
  if (m.kind === 'insert') {
    const at = m.at % (file.length + 1);
    const bytes = new Uint8Array(file.length + m.bytes.length);
    bytes.set(file.subarray(0, at));
    bytes.set(m.bytes, at);
    bytes.set(file.subarray(at), at + m.bytes.length);
    return bytes;
  }
  // Changed JSON in a well-formed zip with the right checksum: the schemas have the last word.
  const entries = unzipSync(file);
  const manifest = JSON.parse(new TextDecoder().decode(entries[ENTRY.manifest])) as JsonValue;
  const data = JSON.parse(new TextDecoder().decode(entries[ENTRY.data])) as JsonValue;
  const target = m.entry === 'data.json' ? data : manifest;
  const paths = pathsOf(target);
  const result = changed(target, paths[m.at % paths.length] ?? [], m.change);
  const encode = (value: JsonValue) => new TextEncoder().encode(JSON.stringify(value));
  const dataBytes = encode(m.entry === 'data.json' ? result : data);
  const manifestBytes =
    m.entry === 'manifest.json'
      ? encode(result)
      : encode({ ...(manifest as object), checksum: await sha256Hex(dataBytes) });
  return zipSync({
    ...entries,
    [ENTRY.manifest]: manifestBytes,
    [ENTRY.data]: [dataBytes, { level: 6 }],
  }) as Uint8Array<ArrayBuffer>;
}

describe('a damaged or crafted backup', () => {
  let base: Uint8Array<ArrayBuffer>;
  let here: BackupSnapshot;
  let db: KompetenDatabase;

  beforeAll(async () => {
    const snapshot = await makeTestSnapshot({
      criteriaAnswered: 4,
      evidenceFiles: 2,
      evidenceBytes: 600,
      logEntries: 3,
    });
    base = await writeBackup(snapshot, META);
    // What is here shares some records with the backup and differs in others.
    here = structuredClone(snapshot);
    here.tables.profile[0]!.fullName = 'Budi Santoso';
    here.tables.evidence = here.tables.evidence.map((e) => ({
      ...e,
      updatedAt: '2030-01-01T00:00:00.000Z',
    }));
    here.tables.cvEntries.push({
      id: 'only-here',
      section: 'awards',
      order: 3,
      values: {},
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
  });

  async function filledDatabase() {
    const fresh = await emptyDatabase();
    await restoreSnapshot(fresh, here, 'replace');
    return fresh;
  }

  it('is refused and changes nothing, or restores valid data; it never throws', async () => {
    db = await filledDatabase();
    const before = sortedSnapshot(await readSnapshot(db));
    const seen = { refused: 0, restored: 0 };
    await fc.assert(
      fc.asyncProperty(mutation, fc.constantFrom(...RESTORE_MODES), async (m, mode) => {
        const bytes = await mutate(base, m);
        const read = await readBackup(bytes);
        if (!read.ok) {
          seen.refused++;
          expect(typeof read.problem.kind).toBe('string');
          expect(sortedSnapshot(await readSnapshot(db))).toEqual(before);
          return;
        }
        seen.restored++;
        expect(
          dataSchema.safeParse(JSON.parse(JSON.stringify(await backupData(read.snapshot)))).success,
        ).toBe(true);
        expect(consistencyIssues(read.snapshot)).toEqual([]);
        await restoreSnapshot(db, read.snapshot, mode);
        await expectValid(db);
        if (mode === 'replace') {
          expect(sortedSnapshot(await readSnapshot(db))).toEqual(sortedSnapshot(read.snapshot));
        }
        db.close();
        db = await filledDatabase();
      }),
      { numRuns: 400 },
    );
    // Both outcomes were exercised.
    expect(seen.refused).toBeGreaterThan(0);
    expect(seen.restored).toBeGreaterThan(0);
  }, 30_000);
});
