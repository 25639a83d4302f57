import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { KompetenDatabase } from '../../../renderer/src/db/database';
import { loadProfile } from '../../../renderer/src/db/profile-repository';
import { loadSettings } from '../../../renderer/src/db/settings-repository';
import { loadActivePack } from '../../../renderer/src/db/framework-repository';
import { latestRound, loadAnswers } from '../../../renderer/src/db/assessment-repository';
import { listCvEntries } from '../../../renderer/src/db/cv-repository';
import { loadEssays } from '../../../renderer/src/db/essay-repository';
import { listPracticeEntries } from '../../../renderer/src/db/practice-repository';
import { listSupervisors } from '../../../renderer/src/db/supervisor-repository';
import { listEvidence, loadEvidenceFile } from '../../../renderer/src/db/evidence-repository';
import { makeTestPack } from '../../../shared/framework/test-pack';

/** The stores each released schema version declared, exactly as it shipped. */
const RELEASED = [
  { version: 1, stores: { profile: 'id', settings: 'id' } },
  { version: 2, stores: { packs: 'key, id, source' } },
  {
    version: 3,
    stores: {
      rounds: 'id, number, packKey',
      answers: '[roundId+criterionId], roundId',
      evidence: 'id, date, *criterionRefs',
      evidenceFiles: 'id',
    },
  },
  { version: 4, stores: { essays: 'promptId', cvEntries: 'id, section' } },
] as const;

const profile = {
  id: 'me',
  fullName: 'Siti Rahmawati',
  targetLevel: 'asisten',
  education: { programme: '', institution: '', graduationYear: '2019' },
  workplace: '',
  fieldsOfPractice: ['anak'],
  strNumber: '',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

/** Opens a database as the app at `version` shipped it. */
function databaseAt(version: number, indexedDB: IDBFactory) {
  const db = new Dexie('kompeten-upgrade', { indexedDB, IDBKeyRange });
  for (const step of RELEASED.filter((r) => r.version <= version)) {
    db.version(step.version).stores(step.stores);
  }
  return db;
}

describe('schema upgrades keep every record', () => {
  it('from version 1', async () => {
    const indexedDB = new IDBFactory();
    const old = databaseAt(1, indexedDB);
    await old.table('profile').put(profile);
    await old.table('settings').put({ id: 'me', language: 'en' });
    old.close();

    const db = new KompetenDatabase('kompeten-upgrade', { indexedDB, IDBKeyRange });
    const { id: _id, ...stored } = profile;
    expect(await loadProfile(db)).toEqual(stored);
    expect((await loadSettings(db)).language).toBe('en');
    expect(await db.rounds.count()).toBe(0);
    db.close();
  });

  it('from version 2', async () => {
    const indexedDB = new IDBFactory();
    const old = databaseAt(2, indexedDB);
    const pack = makeTestPack({ id: 'lsp', version: '1.0' });
    await old.table('profile').put(profile);
    await old.table('packs').put({
      key: 'lsp@1.0',
      id: 'lsp',
      version: '1.0',
      title: pack.title,
      source: 'imported',
      installedAt: '2026-01-01T00:00:00.000Z',
      pack,
    });
    await old.table('settings').put({ id: 'me', language: 'id', activePackKey: 'lsp@1.0' });
    old.close();

    const db = new KompetenDatabase('kompeten-upgrade', { indexedDB, IDBKeyRange });
    expect((await loadProfile(db))?.fullName).toBe('Siti Rahmawati');
    expect((await loadActivePack(db))?.pack).toEqual(pack);
    expect(await db.evidence.count()).toBe(0);
    db.close();
  });

  it('from version 3', async () => {
    const indexedDB = new IDBFactory();
    const old = databaseAt(3, indexedDB);
    const round = {
      id: 'r1',
      number: 1,
      packKey: 'lsp@1.0',
      startedAt: '2026-01-02T00:00:00.000Z',
    };
    const answer = {
      roundId: 'r1',
      criterionId: 'C1',
      rubricLevel: 3,
      judgement: 'K',
      reflection: 'Sudah',
      updatedAt: '2026-01-02T00:00:00.000Z',
    };
    const evidence = {
      id: 'e1',
      title: 'Laporan',
      date: '2026-01-01',
      type: 'TL',
      description: '',
      link: '',
      vatm: { valid: true, asli: true, terkini: true, memadai: true },
      criterionRefs: ['lsp/C1'],
      file: { name: 'a.pdf', mimeType: 'application/pdf', size: 3 },
      createdAt: '2026-01-02T00:00:00.000Z',
      updatedAt: '2026-01-02T00:00:00.000Z',
    };
    await old.table('profile').put(profile);
    await old.table('rounds').put(round);
    await old.table('answers').put(answer);
    await old.table('evidence').put(evidence);
    await old.table('evidenceFiles').put({ id: 'e1', blob: new Blob(['abc']) });
    old.close();

    const db = new KompetenDatabase('kompeten-upgrade', { indexedDB, IDBKeyRange });
    expect(await latestRound(db)).toEqual(round);
    expect((await loadAnswers(db, 'r1')).get('C1')).toEqual(answer);
    expect(await listEvidence(db)).toEqual([evidence]);
    expect(await (await loadEvidenceFile(db, 'e1'))?.text()).toBe('abc');
    expect((await loadEssays(db)).size).toBe(0);
    expect((await listCvEntries(db)).size).toBe(0);
    db.close();
  });

  it('from version 4', async () => {
    const indexedDB = new IDBFactory();
    const old = databaseAt(4, indexedDB);
    const essay = {
      promptId: 'bok-1',
      text: 'Teori sistem',
      updatedAt: '2026-02-01T00:00:00.000Z',
    };
    const cv = {
      id: 'identity',
      section: 'identity',
      order: 0,
      values: { birthPlace: 'Bandung' },
      updatedAt: '2026-02-01T00:00:00.000Z',
    };
    await old.table('profile').put(profile);
    await old.table('settings').put({ id: 'me', language: 'en' });
    await old.table('essays').put(essay);
    await old.table('cvEntries').put(cv);
    old.close();

    const db = new KompetenDatabase('kompeten-upgrade', { indexedDB, IDBKeyRange });
    expect((await loadEssays(db)).get('bok-1')).toEqual(essay);
    expect((await listCvEntries(db)).get('identity')).toEqual([cv]);
    // Settings written before the practice log get its defaults.
    const settings = await loadSettings(db);
    expect(settings.language).toBe('en');
    expect(settings.practice.targets.totalHours).toBe(900);
    expect(await listPracticeEntries(db)).toEqual([]);
    expect(await listSupervisors(db)).toEqual([]);
    db.close();
  });
});
