import { beforeAll, describe, expect, it } from 'vitest';
import type { BackupSnapshot } from './format';
import { compareTables, noDifferences, planMerge, type TableComparison } from './restore-plan';
import { TABLE_NAMES, TABLES, type BackupTables } from '../storage/tables';
import { makeTestSnapshot } from '../../test/support/snapshot';

const clone = <T>(value: T): T => structuredClone(value);
const later = (iso: string, minutes = 1) =>
  new Date(Date.parse(iso) + minutes * 60_000).toISOString();
const earlier = (iso: string) => later(iso, -1);

const counts = (change: Partial<TableComparison>, inFile: number, here: number) => ({
  ...noDifferences(inFile, here),
  ...change,
});

let here: BackupSnapshot;
let file: BackupSnapshot;

/**
 * `file` is `here` as another copy of the app changed it: some records newer there, some newer
 * here, some only on one side, some different with no date to tell which is newer.
 */
beforeAll(async () => {
  here = await makeTestSnapshot({ criteriaAnswered: 6, evidenceFiles: 2, logEntries: 4 });
  const t: BackupTables = clone(here.tables);
  const [profile] = t.profile;
  if (!profile) throw new Error('no profile');
  profile.fullName = 'Siti R.';
  profile.updatedAt = later(profile.updatedAt);
  t.settings = [{ id: 'me', language: 'id' }];
  t.packs.pop();
  t.packs.push({
    ...t.packs[0]!,
    key: 'other@1.0',
    id: 'other',
    pack: { ...t.packs[0]!.pack, id: 'other' },
  });
  const open = t.rounds.find((r) => !r.closedAt);
  if (!open) throw new Error('no open round');
  open.closedAt = later(open.startedAt, 60);
  // Answers: [0] newer here, [1] newer in the file, [2] only here, one only in the file.
  t.answers[0]!.reflection = 'lama';
  t.answers[0]!.updatedAt = earlier(t.answers[0]!.updatedAt);
  t.answers[1]!.reflection = 'baru';
  t.answers[1]!.updatedAt = later(t.answers[1]!.updatedAt);
  t.answers.splice(2, 1);
  t.answers.push({
    roundId: 'round-9',
    criterionId: 'U1.E1.C1',
    reflection: '',
    updatedAt: later(profile.updatedAt),
  });
  // Evidence: evidence-1 newer in the file with its file changed; evidence-2 newer in the file
  // without its file; evidence-3 newer here; evidence-4 the same.
  const evidence = (id: string) => {
    const row = t.evidence.find((e) => e.id === id);
    if (!row) throw new Error(`no ${id}`);
    return row;
  };
  evidence('evidence-1').updatedAt = later(evidence('evidence-1').updatedAt);
  evidence('evidence-1').file = { name: 'baru.pdf', mimeType: 'application/pdf', size: 3 };
  evidence('evidence-2').updatedAt = later(evidence('evidence-2').updatedAt);
  delete evidence('evidence-2').file;
  evidence('evidence-3').title = 'Judul lama';
  evidence('evidence-3').updatedAt = earlier(evidence('evidence-3').updatedAt);
  // Essays: the same time, different text.
  t.essays[0]!.text = 'Teks lain pada waktu yang sama.';
  // Practice: entry-4 signed in person in the file after it was last edited here.
  const entry = t.practiceEntries.find((e) => e.id === 'entry-4');
  if (!entry || entry.signoff) throw new Error('entry-4 should be unsigned');
  entry.signoff = {
    kind: 'in-person',
    supervisorId: 'supervisor-2',
    supervisorName: 'Budi Santoso',
    at: later(entry.updatedAt, 30),
    drawing: 'M 1 1 L 2 2',
    entryText: 'x',
  };
  t.supervisors[1]!.contact = '0812-0000-0000';
  t.cvEntries.pop();
  // Simulations: the one still open here was finished on the other device.
  const unfinished = t.examAttempts.find((a) => !a.finishedAt);
  if (!unfinished) throw new Error('no open attempt');
  unfinished.finishedAt = later(unfinished.startedAt, 90);
  unfinished.endedBy = 'time';
  // Short practice: a session carried on over there; an item reviewed again here.
  const session = t.drillSessions.find((s) => s.id === 'session-1');
  if (!session) throw new Error('no session-1');
  session.answers.push({ itemId: 'bos-008', choice: 'A', correct: true });
  session.updatedAt = later(session.updatedAt, 5);
  session.finishedAt = session.updatedAt;
  const card = t.itemReviews[0]!;
  card.lastReview = earlier(card.lastReview ?? card.due);
  file = {
    tables: t,
    files: [{ id: 'evidence-1', type: 'application/pdf', bytes: new Uint8Array([1, 2, 3]) }],
  };
});

describe('compareTables', () => {
  it('counts every record of both sides by how it stands', () => {
    const c = compareTables(file.tables, here.tables);
    const h = here.tables;
    expect(c).toEqual({
      profile: counts({ newerInFile: 1 }, 1, 1),
      settings: counts({ differ: 1 }, 1, 1),
      packs: counts({ added: 1, same: 1, onlyHere: 1 }, 2, 2),
      rounds: counts({ newerInFile: 1, same: 1 }, 2, 2),
      answers: counts(
        { added: 1, newerInFile: 1, newerHere: 1, same: h.answers.length - 3, onlyHere: 1 },
        h.answers.length,
        h.answers.length,
      ),
      evidence: counts({ newerInFile: 2, newerHere: 1, same: 1 }, 4, 4),
      essays: counts({ differ: 1, same: 1 }, 2, 2),
      cvEntries: counts({ same: 2, onlyHere: 1 }, 2, 3),
      practiceEntries: counts({ newerInFile: 1, same: 3 }, 4, 4),
      supervisors: counts({ differ: 1, same: 1 }, 2, 2),
      ownKey: counts({ same: 1 }, 1, 1),
      examAttempts: counts({ newerInFile: 1, same: 1 }, 2, 2),
      itemReviews: counts({ newerHere: 1, same: 2 }, 3, 3),
      questionBanks: counts({ same: 1 }, 1, 1),
      drillSessions: counts({ newerInFile: 1, same: 1 }, 2, 2),
      knownKeys: counts({ same: 1 }, 1, 1),
    });
  });

  it('leaves no record uncounted', () => {
    for (const name of TABLE_NAMES) {
      const c = compareTables(file.tables, here.tables)[name];
      expect(c.added + c.newerInFile + c.newerHere + c.differ + c.same, name).toBe(c.inFile);
      expect(c.inFile - c.added + c.onlyHere, name).toBe(c.here);
    }
  });

  it('finds everything the same against itself, and everything added into nothing', () => {
    const empty = Object.fromEntries(TABLE_NAMES.map((n) => [n, []])) as unknown as BackupTables;
    for (const [name, c] of Object.entries(compareTables(here.tables, here.tables))) {
      const n = here.tables[name as keyof BackupTables].length;
      expect(c).toEqual(counts({ same: n }, n, n));
    }
    for (const [name, c] of Object.entries(compareTables(here.tables, empty))) {
      const n = here.tables[name as keyof BackupTables].length;
      expect(c).toEqual(counts({ added: n }, n, 0));
    }
    for (const [name, c] of Object.entries(compareTables(empty, here.tables))) {
      const n = here.tables[name as keyof BackupTables].length;
      expect(c).toEqual(counts({ onlyHere: n }, 0, n));
    }
  });

  it('takes a sign-off that arrived after the last edit as a change, either way', () => {
    const signedLater = file.tables.practiceEntries.find((e) => e.id === 'entry-4');
    const unsigned = here.tables.practiceEntries.find((e) => e.id === 'entry-4');
    if (!signedLater || !unsigned) throw new Error('no entry-4');
    const only = (entries: (typeof unsigned)[]) => ({ ...here.tables, practiceEntries: entries });
    expect(compareTables(only([signedLater]), only([unsigned])).practiceEntries).toMatchObject({
      newerInFile: 1,
    });
    expect(compareTables(only([unsigned]), only([signedLater])).practiceEntries).toMatchObject({
      newerHere: 1,
    });
    // A sign-off older than the edit does not count as newer than the edit.
    const editedAfter = {
      ...unsigned,
      narrative: 'diubah',
      updatedAt: later(signedLater.signoff!.at),
    };
    expect(compareTables(only([editedAfter]), only([signedLater])).practiceEntries).toMatchObject({
      newerInFile: 1,
    });
  });
});

describe('planMerge', () => {
  it('writes what is added or newer in the file, and nothing else', () => {
    const plan = planMerge(file, here.tables);
    const keys = Object.fromEntries(
      TABLE_NAMES.map((name) => {
        const key = TABLES[name].key as (row: unknown) => string;
        return [name, (plan.puts[name] as unknown[]).map(key)];
      }),
    );
    const a = file.tables.answers;
    expect(keys).toEqual({
      profile: ['me'],
      settings: [],
      packs: ['other@1.0'],
      rounds: ['round-2'],
      // The answer newer in the file, and the one only in it (added last).
      answers: [a[1]!, a.at(-1)!].map((row) => TABLES.answers.key(row)),
      evidence: ['evidence-1', 'evidence-2'],
      essays: [],
      cvEntries: [],
      practiceEntries: ['entry-4'],
      supervisors: [],
      ownKey: [],
      examAttempts: ['attempt-2'],
      itemReviews: [],
      questionBanks: [],
      drillSessions: ['session-1'],
      knownKeys: [],
    });
    expect(plan.puts.profile[0]).toBe(file.tables.profile[0]);
  });

  it('brings the file of evidence taken from the backup, and removes it here when it has none', () => {
    const plan = planMerge(file, here.tables);
    expect(plan.files).toEqual(file.files);
    expect(plan.removeFiles).toEqual(['evidence-2']);
  });

  it('leaves the files of evidence it keeps alone', () => {
    // evidence-1 is newer here: neither its row nor the backup's file for it is taken.
    const older = clone(file);
    const row = older.tables.evidence.find((e) => e.id === 'evidence-1')!;
    row.updatedAt = earlier(here.tables.evidence.find((e) => e.id === 'evidence-1')!.updatedAt);
    const plan = planMerge(older, here.tables);
    expect(plan.puts.evidence.map((e) => e.id)).toEqual(['evidence-2']);
    expect(plan.files).toEqual([]);
    expect(plan.removeFiles).toEqual(['evidence-2']);
  });
});
