import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  readSnapshot,
  readTables,
  restoreSnapshot,
} from '../../../renderer/src/db/backup-repository';
import type { KompetenDatabase } from '../../../renderer/src/db/database';
import type { BackupSnapshot } from '../../../shared/backup/format';
import { readBackup } from '../../../shared/backup/read';
import { TABLE_NAMES } from '../../../shared/storage/tables';
import {
  makeTestSnapshot,
  pseudoRandomBytes,
  sortedSnapshot as sorted,
} from '../../support/snapshot';
import { writeBackup } from '../../../shared/backup/write';
import { testDatabase } from './test-database';

const META = {
  appVersion: '1.4.0',
  createdAt: '2026-11-30T03:00:00.000Z',
  reason: 'manual',
} as const;

/** Fills an empty database with a snapshot by hand, without the code under test. */
async function fill(db: KompetenDatabase, snapshot: BackupSnapshot) {
  await db.transaction('rw', db.tables, async () => {
    for (const name of TABLE_NAMES) await db.table(name).bulkAdd(snapshot.tables[name]);
    await db.evidenceFiles.bulkAdd(
      snapshot.files.map(({ id, type, bytes }) => ({ id, blob: new Blob([bytes], { type }) })),
    );
  });
}

const later = (iso: string, minutes = 1) =>
  new Date(Date.parse(iso) + minutes * 60_000).toISOString();

const open: KompetenDatabase[] = [];
function database() {
  const db = testDatabase();
  open.push(db);
  return db;
}
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

let snapshot: BackupSnapshot;
/** Another profile altogether: nothing in it has the snapshot's keys except the single rows. */
let other: BackupSnapshot;

beforeAll(async () => {
  snapshot = await makeTestSnapshot({ evidenceFiles: 3, evidenceBytes: 9000, logEntries: 5 });
  const o = await makeTestSnapshot({ criteriaAnswered: 3, evidenceFiles: 1, logEntries: 2 });
  const rename = <T extends { id: string }>(rows: T[]) =>
    rows.map((r) => ({ ...r, id: `other-${r.id}` }));
  other = {
    tables: {
      ...o.tables,
      profile: [{ ...o.tables.profile[0]!, fullName: 'Budi Santoso' }],
      settings: [{ id: 'me', language: 'id' }],
      rounds: rename(o.tables.rounds),
      answers: o.tables.answers.map((a) => ({ ...a, roundId: `other-${a.roundId}` })),
      evidence: rename(o.tables.evidence),
      cvEntries: rename(o.tables.cvEntries),
      practiceEntries: rename(o.tables.practiceEntries),
      supervisors: rename(o.tables.supervisors),
      essays: [],
      packs: o.tables.packs.slice(0, 1),
    },
    files: o.files.map((f) => ({ ...f, id: `other-${f.id}`, bytes: pseudoRandomBytes(50, 99) })),
  };
  other.tables.evidence = other.tables.evidence.map((e) =>
    e.file ? { ...e, file: { ...e.file, size: 50 } } : e,
  );
});

describe('readSnapshot and readTables', () => {
  it('read every table and every evidence file with its bytes and type', async () => {
    const db = database();
    await fill(db, snapshot);
    expect(sorted(await readSnapshot(db))).toEqual(sorted(snapshot));
    expect(sorted({ tables: await readTables(db), files: [] }).tables).toEqual(
      sorted(snapshot).tables,
    );
  });
});

describe('a backup restored in place of everything', () => {
  it('gives back the same tables and evidence files in a fresh database', async () => {
    const source = database();
    await fill(source, snapshot);
    const file = await writeBackup(await readSnapshot(source), META);
    const read = await readBackup(file);
    if (!read.ok) throw new Error(JSON.stringify(read.problem));
    const target = database();
    await restoreSnapshot(target, read.snapshot, 'replace');
    const restored = await readSnapshot(target);
    expect(sorted(restored)).toEqual(sorted(snapshot));
    expect(restored.files.map((f) => f.type).sort()).toEqual([
      'application/pdf',
      'application/pdf',
      'image/jpeg',
    ]);
  });

  it('removes everything that was here before', async () => {
    const db = database();
    await fill(db, other);
    await restoreSnapshot(db, snapshot, 'replace');
    expect(sorted(await readSnapshot(db))).toEqual(sorted(snapshot));
  });
});

describe('a backup merged with what is here', () => {
  it('takes what is newer in the file and keeps what is newer or only here', async () => {
    const db = database();
    await fill(db, snapshot);
    await db.cvEntries.bulkAdd(other.tables.cvEntries);

    const file = structuredClone(snapshot);
    const t = file.tables;
    t.profile[0]!.fullName = 'Siti R.';
    t.profile[0]!.updatedAt = later(t.profile[0]!.updatedAt);
    t.settings = [{ id: 'me', language: 'id' }];
    t.answers[0]!.reflection = 'dari cadangan, lebih lama';
    t.answers[0]!.updatedAt = later(t.answers[0]!.updatedAt, -1);
    t.answers[1]!.reflection = 'dari cadangan, lebih baru';
    t.answers[1]!.updatedAt = later(t.answers[1]!.updatedAt);
    t.rounds.push({
      id: 'round-3',
      number: 3,
      packKey: 'lsp-peksos@1.1',
      startedAt: later(t.rounds[1]!.startedAt, 9999),
    });
    const evidence = (id: string) => t.evidence.find((e) => e.id === id)!;
    // evidence-1: a new file in the backup; evidence-2: its file removed there.
    const newBytes = pseudoRandomBytes(77, 42);
    evidence('evidence-1').updatedAt = later(evidence('evidence-1').updatedAt);
    evidence('evidence-1').file = { name: 'baru.png', mimeType: 'image/png', size: 77 };
    file.files = file.files.map((f) =>
      f.id === 'evidence-1' ? { id: f.id, type: 'image/png', bytes: newBytes } : f,
    );
    evidence('evidence-2').updatedAt = later(evidence('evidence-2').updatedAt);
    delete evidence('evidence-2').file;
    file.files = file.files.filter((f) => f.id !== 'evidence-2');
    // evidence-3: the one here is newer, so its file here stays even though the backup differs.
    evidence('evidence-3').updatedAt = later(evidence('evidence-3').updatedAt, -1);
    evidence('evidence-3').title = 'Judul lama';
    file.files = file.files.map((f) =>
      f.id === 'evidence-3' ? { ...f, bytes: pseudoRandomBytes(f.bytes.length, 5) } : f,
    );

    const read = await readBackup(await writeBackup(file, META));
    if (!read.ok) throw new Error(JSON.stringify(read.problem));
    await restoreSnapshot(db, read.snapshot, 'merge');

    const merged = await readSnapshot(db);
    const expected = structuredClone(snapshot);
    const e = expected.tables;
    e.profile = t.profile;
    e.answers[1] = t.answers[1]!;
    e.rounds.push(t.rounds[2]!);
    e.cvEntries.push(...other.tables.cvEntries);
    e.evidence = e.evidence.map((row) =>
      row.id === 'evidence-1' || row.id === 'evidence-2' ? evidence(row.id) : row,
    );
    expected.files = [
      { id: 'evidence-1', type: 'image/png', bytes: newBytes },
      ...snapshot.files.filter((f) => f.id === 'evidence-3'),
    ];
    expect(sorted(merged)).toEqual(sorted(expected));
  });
});

describe('a restore that fails part-way', () => {
  async function expectUnchanged(db: KompetenDatabase, restore: () => Promise<void>) {
    const before = await readSnapshot(db);
    await expect(restore()).rejects.toThrow();
    expect(sorted(await readSnapshot(db))).toEqual(sorted(before));
    expect(sorted(before)).toEqual(sorted(other));
  }

  it('changes nothing when a record cannot be added (replace)', async () => {
    const db = database();
    await fill(db, other);
    // Past validation, two rows share a key: the last table's bulkAdd fails.
    const broken = structuredClone(snapshot);
    broken.tables.ownKey.push(broken.tables.ownKey[0]!);
    await expectUnchanged(db, () => restoreSnapshot(db, broken, 'replace'));
  });

  it('changes nothing when writing the evidence files fails (replace)', async () => {
    const db = database();
    await fill(db, other);
    vi.spyOn(db.evidenceFiles, 'bulkAdd').mockRejectedValue(new Error('disk full'));
    await expectUnchanged(db, () => restoreSnapshot(db, snapshot, 'replace'));
  });

  it('changes nothing when writing the last table fails (merge)', async () => {
    const db = database();
    await fill(db, other);
    vi.spyOn(db.table('ownKey'), 'bulkPut').mockRejectedValue(new Error('disk full'));
    await expectUnchanged(db, () => restoreSnapshot(db, snapshot, 'merge'));
  });

  it('changes nothing when writing the evidence files fails (merge)', async () => {
    const db = database();
    await fill(db, other);
    vi.spyOn(db.evidenceFiles, 'bulkPut').mockRejectedValue(new Error('disk full'));
    await expectUnchanged(db, () => restoreSnapshot(db, snapshot, 'merge'));
  });
});
