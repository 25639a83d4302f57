import Dexie, { type Version } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  KompetenDatabase,
  type EvidenceFileRow,
  type KnownKeyRow,
  type OwnKeyRow,
  type PackRow,
  type PracticeEntryRow,
  type ProfileRow,
  type QuestionBankRow,
  type SettingsRow,
  type SupervisorRow,
} from '../../../renderer/src/db/database';
import {
  latestRound,
  listRounds,
  loadAnswers,
} from '../../../renderer/src/db/assessment-repository';
import { listCvEntries } from '../../../renderer/src/db/cv-repository';
import { loadEssays } from '../../../renderer/src/db/essay-repository';
import { listEvidence, loadEvidenceFile } from '../../../renderer/src/db/evidence-repository';
import { listPacks, loadActivePack, packKey } from '../../../renderer/src/db/framework-repository';
import { listPracticeEntries } from '../../../renderer/src/db/practice-repository';
import { loadProfile } from '../../../renderer/src/db/profile-repository';
import { loadSettings } from '../../../renderer/src/db/settings-repository';
import { listSupervisors, loadOwnKey } from '../../../renderer/src/db/supervisor-repository';
import { listKnownKeys } from '../../../renderer/src/db/known-key-repository';
import {
  listAttempts,
  listDrillSessions,
  loadReviewCards,
  openAttempt,
} from '../../../renderer/src/db/exam-repository';
import { listBanks, loadActiveBankRow } from '../../../renderer/src/db/bank-repository';
import { bankSchema } from '../../../shared/exam/bank';
import { drillSessionSchema, type DrillSession } from '../../../shared/exam/drill-session';
import { reviewCardSchema, type ReviewCard } from '../../../shared/exam/review';
import { attemptSchema, bankKeyOf, type ExamAttempt } from '../../../shared/exam/attempt';
import {
  answerChangeSchema,
  evidenceInputSchema,
  type Answer,
  type Evidence,
  type Round,
} from '../../../shared/assessment/assessment';
import { frameworkPackSchema } from '../../../shared/framework/pack';
import { cvEntrySchema, type CvEntry, type CvSectionId } from '../../../shared/portfolio/cv';
import {
  ESSAY_PROMPTS,
  essayChangeSchema,
  type Essay,
} from '../../../shared/portfolio/self-description';
import { practiceEntryInputSchema } from '../../../shared/practice/entry';
import { profileSchema } from '../../../shared/profile/profile';
import { DEFAULT_SETTINGS } from '../../../shared/settings/settings';
import {
  importPrivateKey,
  publicKeyFingerprint,
  signCanonical,
  verifyCanonical,
} from '../../../shared/signing/ed25519';
import { unseal } from '../../../shared/signing/passphrase';
import { decisionPayload } from '../../../shared/signoff/response';
import type { SignableEntry } from '../../../shared/signoff/signable';
import { signoffState } from '../../../shared/signoff/state';
import {
  comparable,
  createFixtureDatabase,
  fixtureVersions,
  loadFixture,
  upgradedRows,
  type Row,
} from './fixture-database';

/**
 * Every released schema version has a frozen fixture database in test/fixtures/db. Each is opened
 * with the current code, which must upgrade it without losing or changing a record.
 */

const NAME = 'kompeten-upgrade';
/** The passphrase every fixture's supervisor-mode key (`ownKey`) is sealed with. */
const OWN_KEY_PASSPHRASE = 'kata sandi fixture kompeten';
/** Validation "today" late enough that no fixture date counts as in the future. */
const FAR_FUTURE = '9999-12-31';

const options = (indexedDB = new IDBFactory()) => ({ indexedDB, IDBKeyRange });
const versions = fixtureVersions();
const currentVersion = new KompetenDatabase(NAME, options()).verno;

const rowsOf = <T>(rows: Record<string, Row[]>, table: string) =>
  (rows[table] ?? []) as unknown as T[];
const omit = <T extends object, K extends keyof T>(value: T, ...keys: K[]): Omit<T, K> =>
  Object.fromEntries(
    Object.entries(value).filter(([key]) => !(keys as PropertyKey[]).includes(key)),
  ) as Omit<T, K>;
const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

/** A Dexie schema string with its parts trimmed; index order does not matter, the key does. */
function normaliseSpec(spec: string): string {
  const [primaryKey = '', ...indexes] = spec.split(',').map((part) => part.trim());
  return [primaryKey, ...indexes.filter(Boolean).sort()].join(', ');
}

/** The stores KompetenDatabase declares at each version, cumulatively, as its code calls them. */
function declaredStores(): Map<number, Record<string, string>> {
  const calls: { version: number; stores: Record<string, string | null> }[] = [];
  class Recording extends KompetenDatabase {
    override version(versionNumber: number): Version {
      const version = super.version(versionNumber);
      const stores = version.stores.bind(version);
      version.stores = (schema) => {
        calls.push({ version: versionNumber, stores: schema });
        return stores(schema);
      };
      return version;
    }
  }
  new Recording(NAME, options()).close();
  const result = new Map<number, Record<string, string>>();
  let cumulative: Record<string, string> = {};
  for (const version of [...new Set(calls.map((c) => c.version))].sort((a, b) => a - b)) {
    for (const call of calls.filter((c) => c.version === version)) {
      for (const [table, spec] of Object.entries(call.stores)) {
        if (spec === null) {
          const { [table]: _deleted, ...rest } = cumulative;
          cumulative = rest;
        } else cumulative = { ...cumulative, [table]: spec };
      }
    }
    result.set(version, cumulative);
  }
  return result;
}

/** The object stores and indexes IndexedDB actually holds for an open database. */
function installedSchema(db: Dexie) {
  const idb = db.backendDB();
  const names = Array.from(idb.objectStoreNames).sort();
  const transaction = idb.transaction(names, 'readonly');
  const stores = names.map((name) => {
    const store = transaction.objectStore(name);
    const indexes = Array.from(store.indexNames)
      .sort()
      .map((indexName) => {
        const { keyPath, unique, multiEntry } = store.index(indexName);
        return { indexName, keyPath, unique, multiEntry };
      });
    return { name, keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexes };
  });
  return { version: idb.version, stores };
}

/**
 * How each table reads through the app's own repository functions, and that what it holds is
 * still valid by today's rules. Every table of the current schema needs an entry here.
 */
const readChecks: Record<
  string,
  (db: KompetenDatabase, rows: Record<string, Row[]>) => Promise<void>
> = {
  async profile(db, rows) {
    const [row] = rowsOf<ProfileRow>(rows, 'profile');
    expect(row).toBeDefined();
    const stored = omit(row!, 'id');
    expect(await loadProfile(db)).toEqual(stored);
    // What the form edits is still valid; the identity beside it is made once and kept.
    const profile = omit(stored, 'updatedAt', 'candidateId');
    expect(profileSchema.parse(profile)).toEqual(profile);
  },

  async settings(db, rows) {
    const [row] = rowsOf<SettingsRow>(rows, 'settings');
    expect(row).toBeDefined();
    // Every stored choice is kept (none falls back as damaged); settings added later get defaults.
    expect(await loadSettings(db)).toEqual({ ...DEFAULT_SETTINGS, ...omit(row!, 'id') });
  },

  async packs(db, rows) {
    const packs = rowsOf<PackRow>(rows, 'packs');
    const listed = await listPacks(db);
    expect(listed).toHaveLength(packs.length);
    expect(listed).toEqual(expect.arrayContaining(packs));
    for (const row of packs) {
      expect(row.key).toBe(packKey(row.pack));
      expect(frameworkPackSchema.parse(row.pack)).toEqual(row.pack);
    }
    // Fixtures choose a pack, so the active one is that pack and not a fallback.
    const [settings] = rowsOf<SettingsRow>(rows, 'settings');
    expect(settings?.activePackKey).toBeDefined();
    expect(await loadActivePack(db)).toEqual(packs.find((p) => p.key === settings?.activePackKey));
  },

  async rounds(db, rows) {
    const rounds = rowsOf<Round>(rows, 'rounds').sort((a, b) => a.number - b.number);
    expect(await listRounds(db)).toEqual(rounds);
    expect(await latestRound(db)).toEqual(rounds.at(-1));
  },

  async answers(db, rows) {
    const answers = rowsOf<Answer>(rows, 'answers');
    const roundIds = new Set(rowsOf<Round>(rows, 'rounds').map((r) => r.id));
    expect(answers.every((a) => roundIds.has(a.roundId))).toBe(true);
    for (const roundId of roundIds) {
      const ofRound = answers.filter((a) => a.roundId === roundId);
      expect(await loadAnswers(db, roundId)).toEqual(
        new Map(ofRound.map((a) => [a.criterionId, a])),
      );
    }
    for (const answer of answers) {
      const change = omit(answer, 'roundId', 'criterionId', 'updatedAt');
      expect(answerChangeSchema.parse(change)).toEqual(change);
    }
  },

  async evidence(db, rows) {
    const evidence = rowsOf<Evidence>(rows, 'evidence');
    const newestFirst = [...evidence].sort(
      (a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt),
    );
    expect(await listEvidence(db)).toEqual(newestFirst);
    const files = new Map(rowsOf<EvidenceFileRow>(rows, 'evidenceFiles').map((f) => [f.id, f]));
    for (const item of evidence) {
      const input = omit(item, 'id', 'file', 'createdAt', 'updatedAt');
      expect(evidenceInputSchema(FAR_FUTURE).parse(input)).toEqual(input);
      for (const ref of item.criterionRefs) {
        expect(await db.evidence.where('criterionRefs').equals(ref).primaryKeys()).toContain(
          item.id,
        );
      }
      const blob = await loadEvidenceFile(db, item.id);
      if (!item.file) {
        expect(blob).toBeNull();
        continue;
      }
      expect(blob).toBeInstanceOf(Blob);
      expect(blob!.size).toBe(item.file.size);
      expect(blob!.type).toBe(item.file.mimeType);
      expect(await bytesOf(blob!)).toEqual(await bytesOf(files.get(item.id)!.blob));
    }
  },

  async evidenceFiles(db, rows) {
    const evidenceIds = new Set(rowsOf<Evidence>(rows, 'evidence').map((e) => e.id));
    for (const file of rowsOf<EvidenceFileRow>(rows, 'evidenceFiles')) {
      expect(evidenceIds.has(file.id)).toBe(true);
      const blob = await loadEvidenceFile(db, file.id);
      expect(blob).toBeInstanceOf(Blob);
      expect(blob!.type).toBe(file.blob.type);
      expect(await bytesOf(blob!)).toEqual(await bytesOf(file.blob));
    }
  },

  async essays(db, rows) {
    const essays = rowsOf<Essay>(rows, 'essays');
    expect(await loadEssays(db)).toEqual(new Map(essays.map((e) => [e.promptId, e])));
    const promptIds = new Set(ESSAY_PROMPTS.map((p) => p.id));
    for (const essay of essays) {
      expect(promptIds.has(essay.promptId)).toBe(true);
      const change = omit(essay, 'promptId', 'updatedAt');
      expect(essayChangeSchema.parse(change)).toEqual(change);
    }
  },

  async cvEntries(db, rows) {
    const entries = rowsOf<CvEntry>(rows, 'cvEntries');
    const bySection = new Map<CvSectionId, CvEntry[]>();
    for (const entry of [...entries].sort((a, b) => a.order - b.order)) {
      bySection.set(entry.section, [...(bySection.get(entry.section) ?? []), entry]);
    }
    expect(await listCvEntries(db)).toEqual(bySection);
    for (const entry of entries) {
      expect(cvEntrySchema(entry.section, FAR_FUTURE).parse(entry.values)).toEqual(entry.values);
    }
  },

  async practiceEntries(db, rows) {
    const entries = rowsOf<PracticeEntryRow>(rows, 'practiceEntries');
    const listed = await listPracticeEntries(db);
    const byId = (list: PracticeEntryRow[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(listed)).toEqual(byId(entries));
    expect(listed.map((e) => e.date)).toEqual(
      entries.map((e) => e.date).sort((a, b) => b.localeCompare(a)),
    );
    for (const entry of entries) {
      const input = omit(entry, 'id', 'minutes', 'createdAt', 'updatedAt', 'signoff');
      expect(practiceEntryInputSchema(FAR_FUTURE).parse(input)).toEqual({
        ...input,
        minutes: entry.minutes,
      });
    }
    // A sign-off reads as what it was: an entry signed then is still signed, not broken.
    const kinds = listed.map((entry) => entry.signoff?.kind);
    expect(kinds).toEqual(expect.arrayContaining(['signed', 'in-person']));
    for (const entry of listed) {
      expect(signoffState(entry)).toBe(entry.signoff?.kind ?? 'unsigned');
      const { signoff } = entry;
      if (signoff?.kind !== 'signed' && signoff?.kind !== 'returned') continue;
      const payload = decisionPayload(
        signoff.requestId,
        signoff.fingerprint,
        signoff.candidate,
        JSON.parse(signoff.entryText) as SignableEntry,
        {
          decision: signoff.kind === 'signed' ? 'approved' : 'returned',
          comment: signoff.comment,
          signedAt: signoff.at,
        },
      );
      expect(await verifyCanonical(signoff.publicKey, payload, signoff.signature)).toBe(true);
    }
  },

  async supervisors(db, rows) {
    const supervisors = rowsOf<SupervisorRow>(rows, 'supervisors');
    expect(await listSupervisors(db)).toEqual(
      [...supervisors].sort((a, b) => a.name.localeCompare(b.name, 'id')),
    );
    for (const supervisor of supervisors.filter((s) => s.publicKey)) {
      expect(await publicKeyFingerprint(supervisor.publicKey)).toBe(supervisor.fingerprint);
    }
    const ids = new Set(supervisors.map((s) => s.id));
    for (const entry of rowsOf<PracticeEntryRow>(rows, 'practiceEntries')) {
      if (entry.supervisorId) expect(ids.has(entry.supervisorId)).toBe(true);
    }
  },

  async ownKey(db, rows) {
    const [row] = rowsOf<OwnKeyRow>(rows, 'ownKey');
    expect(row).toBeDefined();
    const key = await loadOwnKey(db);
    expect(key).toEqual(row);
    expect(await publicKeyFingerprint(key!.publicKey)).toBe(key!.fingerprint);
    // The sealed private key still opens with its passphrase and signs for its public key.
    const privateKey = await importPrivateKey(
      await unseal(key!.sealedPrivateKey, OWN_KEY_PASSPHRASE),
    );
    const value = { uji: 'tanda tangan' };
    const signature = await signCanonical(privateKey, value);
    expect(await verifyCanonical(key!.publicKey, value, signature)).toBe(true);
  },

  async examAttempts(db, rows) {
    const stored = rowsOf<ExamAttempt>(rows, 'examAttempts');
    expect(stored.length).toBeGreaterThan(0);
    const listed = await listAttempts(db);
    expect([...listed].sort(byId)).toEqual([...stored].sort(byId));
    for (const attempt of listed) expect(attemptSchema.parse(attempt)).toEqual(attempt);
    // The unfinished one is offered to resume.
    expect((await openAttempt(db))?.id).toBe(stored.find((a) => !a.finishedAt)?.id);
  },

  async itemReviews(db, rows) {
    const stored = rowsOf<ReviewCard>(rows, 'itemReviews');
    expect(stored.length).toBeGreaterThan(0);
    for (const bankId of new Set(stored.map((c) => c.bankId))) {
      const ofBank = stored.filter((c) => c.bankId === bankId);
      expect(await loadReviewCards(db, bankId)).toEqual(new Map(ofBank.map((c) => [c.itemId, c])));
    }
    for (const card of stored) expect(reviewCardSchema.parse(card)).toEqual(card);
  },

  async questionBanks(db, rows) {
    const stored = rowsOf<QuestionBankRow>(rows, 'questionBanks');
    expect(await listBanks(db)).toEqual(stored);
    for (const row of stored) {
      expect(row.key).toBe(bankKeyOf(row.bank));
      expect(bankSchema.parse(row.bank)).toEqual(row.bank);
    }
    // The fixture chose its imported bank, so that one is in use.
    const [settings] = rowsOf<SettingsRow>(rows, 'settings');
    expect(settings?.activeBankKey).toBeDefined();
    expect((await loadActiveBankRow(db))?.key).toBe(settings?.activeBankKey);
  },

  async drillSessions(db, rows) {
    const stored = rowsOf<DrillSession>(rows, 'drillSessions');
    expect(stored.length).toBeGreaterThan(0);
    const listed = await listDrillSessions(db);
    expect(listed).toEqual([...stored].sort((a, b) => b.startedAt.localeCompare(a.startedAt)));
    for (const session of listed) expect(drillSessionSchema.parse(session)).toEqual(session);
  },

  async knownKeys(db, rows) {
    const stored = rowsOf<KnownKeyRow>(rows, 'knownKeys');
    expect(await listKnownKeys(db)).toEqual(
      [...stored].sort((a, b) => a.name.localeCompare(b.name, 'id')),
    );
    // A key is known by its fingerprint, so the two must still belong together.
    for (const key of stored) {
      expect(await publicKeyFingerprint(key.publicKey)).toBe(key.fingerprint);
    }
  },
};

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

describe('database fixtures', () => {
  it('exist for every schema version from 1 to the current one', () => {
    expect(versions).toEqual(Array.from({ length: currentVersion }, (_, i) => i + 1));
  });

  it('are checked through a repository for every table of the current schema', async () => {
    const db = new KompetenDatabase(NAME, options());
    await db.open();
    expect(Object.keys(readChecks).sort()).toEqual(db.tables.map((t) => t.name).sort());
    db.close();
  });

  const declared = declaredStores();
  it.each(versions)('v%i: the current code still declares its stores as released', (version) => {
    const { stores } = loadFixture(version);
    const normalise = (all: Record<string, string>) =>
      Object.fromEntries(Object.entries(all).map(([table, spec]) => [table, normaliseSpec(spec)]));
    expect(normalise(declared.get(version) ?? {})).toEqual(normalise(stores));
  });

  it.each(versions)('v%i: has rows in every table', (version) => {
    const { tables } = loadFixture(version);
    for (const [table, rows] of Object.entries(tables)) {
      expect(rows.length, table).toBeGreaterThan(0);
    }
  });
});

describe.each(versions)('a version %i database opened with the current code', (version) => {
  const fixture = loadFixture(version);
  const expected = upgradedRows(fixture);
  let db: KompetenDatabase;

  beforeEach(async () => {
    const indexedDB = new IDBFactory();
    await createFixtureDatabase(fixture, NAME, options(indexedDB));
    db = new KompetenDatabase(NAME, options(indexedDB));
    await db.open();
  });
  afterEach(() => db.close());

  // An upgrade that rewrites rows turns this into the rows it should produce from the fixture's.
  it('keeps every record exactly as it was', async () => {
    for (const [table, rows] of Object.entries(expected)) {
      const { keyPath } = db.table(table).schema.primKey;
      const keyed = async (list: Row[]) =>
        Object.fromEntries(
          await Promise.all(
            list.map(
              async (row) =>
                [JSON.stringify(Dexie.getByKeyPath(row, keyPath!)), await comparable(row)] as const,
            ),
          ),
        );
      const actual = await db.table<Row>(table).toArray();
      expect(actual, table).toHaveLength(rows.length);
      expect(await keyed(actual), table).toEqual(await keyed(rows));
    }
  });

  // A new table an upgrade fills from older data has its rows in `expected` instead.
  it('adds the tables of later versions, empty', async () => {
    const later = db.tables.filter((t) => !(t.name in expected));
    for (const table of later) expect(await table.count(), table.name).toBe(0);
  });

  it('ends with the same stores and indexes as a new database', async () => {
    const fresh = new KompetenDatabase(NAME, options());
    await fresh.open();
    expect(installedSchema(db)).toEqual(installedSchema(fresh));
    fresh.close();
  });

  it.each(Object.keys(expected))('reads %s through its repository', async (table) => {
    const check = readChecks[table];
    expect(check, `no read check for ${table}`).toBeDefined();
    await check!(db, expected);
  });
});
