import { beforeEach, describe, expect, it } from 'vitest';
import type { KompetenDatabase } from '../../../renderer/src/db/database';
import {
  addPracticeEntry,
  importPracticeEntries,
  listPracticeEntries,
  setSignoffs,
  SignoffChangedError,
  signInPerson,
  updatePracticeEntry,
} from '../../../renderer/src/db/practice-repository';
import {
  deleteSupervisor,
  KeyInUseError,
  listSupervisors,
  saveSupervisor,
} from '../../../renderer/src/db/supervisor-repository';
import type { PracticeEntryData, PracticeEntryInput } from '../../../shared/practice/entry';
import { signoffState } from '../../../shared/signoff/state';
import { testDatabase } from './test-database';

const NOW = new Date('2026-11-23T03:00:00Z');
const input: PracticeEntryInput = {
  date: '2026-11-20',
  startTime: '09:00',
  endTime: '11:00',
  duration: '',
  agency: 'Dinas Sosial Kota Bandung',
  setting: 'Kunjungan rumah',
  field: 'anak',
  practiceLevel: 'mikro',
  practiceForm: '',
  stage: 'asesmen',
  activityKind: 'kontak-langsung',
  criterionRefs: [],
  narrative: 'Asesmen awal.',
  supervisorId: '',
};
const data = (change: Partial<PracticeEntryData> = {}): PracticeEntryData => ({
  ...input,
  minutes: 120,
  ...change,
});

/** An entry waiting for its supervisor. */
const WAITING = {
  kind: 'requested' as const,
  requestId: 'r1',
  supervisorId: 's',
  candidate: { name: 'Siti', strNumber: '' },
  at: '',
  entryText: '',
};

let db: KompetenDatabase;
beforeEach(() => {
  db = testDatabase();
});

describe('the practice log store', () => {
  it('validates, stores and lists entries newest first', async () => {
    await addPracticeEntry(db, { ...input, date: '2026-11-01' }, NOW);
    await addPracticeEntry(db, input, NOW);
    const listed = await listPracticeEntries(db);
    expect(listed.map((e) => [e.date, e.minutes])).toEqual([
      ['2026-11-20', 120],
      ['2026-11-01', 120],
    ]);
    await expect(addPracticeEntry(db, { ...input, date: '2026-12-01' }, NOW)).rejects.toThrow();
    expect(await db.practiceEntries.count()).toBe(2);
  });

  it('keeps the signature record on edit, so the entry shows as broken', async () => {
    const entry = await addPracticeEntry(db, input, NOW);
    await signInPerson(
      db,
      [entry.id],
      { supervisorId: '', supervisorName: 'Ani', drawing: 'M1 1' },
      NOW,
    );
    const [signed] = await listPracticeEntries(db);
    expect(signed && signoffState(signed)).toBe('in-person');
    await updatePracticeEntry(db, entry.id, { ...input, endTime: '12:00' }, { now: NOW });
    const [edited] = await listPracticeEntries(db);
    expect(edited?.minutes).toBe(180);
    expect(edited && signoffState(edited)).toBe('broken');
  });

  it('imports all rows in one go, or none when one cannot be stored', async () => {
    expect(await importPracticeEntries(db, [data(), data({ date: '2026-11-02' })], NOW)).toBe(2);
    const broken = { ...data(), narrative: (() => 'not storable') as unknown as string };
    await expect(importPracticeEntries(db, [data(), broken], NOW)).rejects.toThrow();
    expect(await db.practiceEntries.count()).toBe(2);
  });

  it('writes no sign-off when one of the entries is gone', async () => {
    const entry = await addPracticeEntry(db, input, NOW);
    const signoff = WAITING;
    await expect(
      setSignoffs(db, [
        { entryId: entry.id, signoff },
        { entryId: 'gone', signoff },
      ]),
    ).rejects.toThrow(/gone/);
    expect((await listPracticeEntries(db))[0]?.signoff).toBeUndefined();
  });
});

describe('storing a checked response', () => {
  it('writes nothing when an entry’s sign-off changed after the response was checked', async () => {
    const entry = await addPracticeEntry(db, input, NOW);
    const waiting = WAITING;
    await setSignoffs(db, [{ entryId: entry.id, signoff: waiting }]);
    // Meanwhile the supervisor signed it in person.
    await signInPerson(
      db,
      [entry.id],
      { supervisorId: 's', supervisorName: 'Ani', drawing: 'M1 1' },
      NOW,
    );
    const signed = {
      ...waiting,
      kind: 'returned' as const,
      supervisorName: 'Ani',
      fingerprint: 'F',
      publicKey: 'K',
      comment: 'x',
      signature: 'S',
    };
    await expect(
      setSignoffs(db, [{ entryId: entry.id, signoff: signed, replaces: waiting }]),
    ).rejects.toBeInstanceOf(SignoffChangedError);
    expect((await listPracticeEntries(db))[0]?.signoff?.kind).toBe('in-person');
  });
});

describe('the supervisors list', () => {
  const identity = { name: 'Ani Suryani', role: 'Supervisor', strNumber: '', contact: '' };

  it('refuses to give one key to two supervisors', async () => {
    await saveSupervisor(db, { ...identity, publicKey: 'AAAA', fingerprint: 'F1' });
    await expect(
      saveSupervisor(db, { ...identity, name: 'Budi', publicKey: 'AAAA', fingerprint: 'F1' }),
    ).rejects.toBeInstanceOf(KeyInUseError);
    expect(await listSupervisors(db)).toHaveLength(1);
  });

  it('keeps the key when details are edited', async () => {
    const ani = await saveSupervisor(db, { ...identity, publicKey: 'AAAA', fingerprint: 'F1' });
    await saveSupervisor(db, { ...identity, role: 'Kepala seksi' }, ani.id);
    expect(await listSupervisors(db)).toMatchObject([{ role: 'Kepala seksi', publicKey: 'AAAA' }]);
  });

  it('unlinks entries from a removed supervisor but keeps the entries', async () => {
    const ani = await saveSupervisor(db, identity);
    await addPracticeEntry(db, { ...input, supervisorId: ani.id }, NOW);
    await deleteSupervisor(db, ani.id);
    expect(await listSupervisors(db)).toEqual([]);
    expect((await listPracticeEntries(db))[0]?.supervisorId).toBe('');
  });
});
