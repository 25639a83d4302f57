import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  BankError,
  bankUsage,
  installBank,
  listBanks,
  loadActiveBankRow,
  removeBank,
  setActiveBank,
} from '../../../renderer/src/db/bank-repository';
import type { KompetenDatabase } from '../../../renderer/src/db/database';
import {
  listDrillSessions,
  loadReviewCards,
  saveAttempt,
  saveDrillAnswer,
} from '../../../renderer/src/db/exam-repository';
import { loadSettings } from '../../../renderer/src/db/settings-repository';
import { bankKeyOf, newAttempt } from '../../../shared/exam/attempt';
import { newDrillSession, recordAnswer } from '../../../shared/exam/drill-session';
import { review } from '../../../shared/exam/review';
import { makeTestBank } from '../../support/bank';
import { testDatabase } from './test-database';

let db: KompetenDatabase;
beforeEach(() => {
  db = testDatabase();
});
afterEach(() => db.close());

const NOW = new Date('2026-11-23T03:00:00.000Z');
const lembaga = { ...makeTestBank(() => 1), id: 'bank-lembaga', title: 'Bank soal lembaga' };
const key = bankKeyOf(lembaga);

const attemptOn = (bankKey: string, finished: boolean) => ({
  ...newAttempt({
    id: `attempt-${String(finished)}`,
    bankKey,
    itemIds: ['knowledge-easy-1'],
    clock: { limitMs: 60_000, elapsedMs: 0, runningSince: null },
    shortfalls: [],
    missing: 99,
    now: NOW,
  }),
  ...(finished ? { finishedAt: NOW.toISOString() } : {}),
});

describe('question banks', () => {
  it('installs a bank once; the identical bank again changes nothing', async () => {
    expect(await installBank(db, lembaga)).toBe('installed');
    expect(await installBank(db, lembaga)).toBe('already-installed');
    expect(await listBanks(db)).toEqual([{ key, bank: lembaga }]);
  });

  it('refuses a different bank under the same id and version, keeping the installed one', async () => {
    await installBank(db, lembaga);
    expect(await installBank(db, { ...lembaga, title: 'Diubah' })).toBe('conflict');
    expect((await listBanks(db)).map((row) => row.bank.title)).toEqual(['Bank soal lembaga']);
  });

  it('uses the default bank until an imported one is chosen, and again after', async () => {
    await installBank(db, lembaga);
    expect(await loadActiveBankRow(db)).toBeUndefined();
    await setActiveBank(db, key);
    expect((await loadActiveBankRow(db))?.bank.title).toBe('Bank soal lembaga');
    await setActiveBank(db, undefined);
    expect(await loadActiveBankRow(db)).toBeUndefined();
    await expect(setActiveBank(db, 'tidak-ada@1.0')).rejects.toBeInstanceOf(BankError);
  });

  it('removes a bank and falls back to the default when it was in use; the history stays', async () => {
    await installBank(db, lembaga);
    await setActiveBank(db, key);
    await saveAttempt(db, attemptOn(key, true));
    expect(await bankUsage(db, key)).toEqual({ simulations: 1, open: false, sessions: 0 });
    await removeBank(db, key);
    expect(await listBanks(db)).toEqual([]);
    expect((await loadSettings(db)).activeBankKey).toBeUndefined();
    expect(await db.examAttempts.count()).toBe(1);
    await expect(removeBank(db, key)).rejects.toMatchObject({ reason: 'not-found' });
  });

  it('keeps a bank a simulation is still running on', async () => {
    await installBank(db, lembaga);
    await saveAttempt(db, attemptOn(key, false));
    await expect(removeBank(db, key)).rejects.toMatchObject({ reason: 'in-use' });
    expect(await listBanks(db)).toHaveLength(1);
  });
});

describe('practice history', () => {
  const session = newDrillSession({
    id: 'sesi-1',
    bankKey: key,
    filter: {},
    itemIds: ['bos-007', 'bos-008'],
    now: NOW,
  });
  const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
  const first = recordAnswer(session, { itemId: 'bos-007', choice: 'A', correct: false }, NOW);
  const second = recordAnswer(first, { itemId: 'bos-008', choice: 'B', correct: true }, later(1));

  it('keeps each answer with its review card, and each bank its own cards', async () => {
    await saveDrillAnswer(
      db,
      first,
      { bankId: lembaga.id, itemId: 'bos-007', correct: false },
      NOW,
    );
    // The default bank has an item with the same id; its schedule is separate.
    const other = { bankId: 'kompeten-default-id-soal', itemId: 'bos-007', correct: true };
    await saveDrillAnswer(db, { ...first, id: 'sesi-2', bankKey: 'x@1' }, other, NOW);

    expect(await loadReviewCards(db, lembaga.id)).toEqual(
      new Map([
        ['bos-007', review(undefined, { bankId: lembaga.id, itemId: 'bos-007' }, false, NOW)],
      ]),
    );
    expect(await loadReviewCards(db, 'kompeten-default-id-soal')).toEqual(
      new Map([['bos-007', review(undefined, other, true, NOW)]]),
    );
    expect((await listDrillSessions(db)).map((s) => s.answers)).toEqual([
      first.answers,
      first.answers,
    ]);
    expect(await bankUsage(db, key)).toEqual({ simulations: 0, open: false, sessions: 1 });
  });

  it('moves a card on from where it stood, and never puts an older copy of a session back', async () => {
    const ref = { bankId: lembaga.id, itemId: 'bos-007' };
    await saveDrillAnswer(db, first, { ...ref, correct: false }, NOW);
    await saveDrillAnswer(db, second, { ...ref, itemId: 'bos-008', correct: true }, later(1));
    // A late save of the first answer lands after the second.
    await saveDrillAnswer(db, first, { ...ref, correct: true }, later(2));
    expect((await listDrillSessions(db))[0]?.answers).toEqual(second.answers);
    const card = (await loadReviewCards(db, lembaga.id)).get('bos-007');
    expect(card?.reps).toBe(2);
    expect(card).toEqual(review(review(undefined, ref, false, NOW), ref, true, later(2)));
  });
});
