import { bankKeyOf } from '../../../shared/exam/attempt';
import type { QuestionBank } from '../../../shared/exam/bank';
import type { KompetenDatabase, QuestionBankRow } from './database';
import { installOnce, sameJson, type InstallOutcome } from './install-once';
import { loadSettings, updateSettings } from './settings-repository';

/** Why a bank operation was refused; the renderer turns the reason into a message. */
export class BankError extends Error {
  constructor(
    readonly key: string,
    readonly reason: 'not-found' | 'in-use',
  ) {
    super(`Question bank ${key}: ${reason}`);
    this.name = 'BankError';
  }
}

/** Installs a validated bank once (see `installOnce`). */
export function installBank(
  db: KompetenDatabase,
  bank: QuestionBank,
): Promise<InstallOutcome | 'conflict'> {
  const key = bankKeyOf(bank);
  return installOnce(db.questionBanks, key, { key, bank }, (row) => sameJson(row.bank, bank));
}

/** Imported banks by title, then version. */
export async function listBanks(db: KompetenDatabase): Promise<QuestionBankRow[]> {
  const rows = await db.questionBanks.toArray();
  return rows.sort(
    (a, b) =>
      a.bank.title.localeCompare(b.bank.title) ||
      a.bank.version.localeCompare(b.bank.version, undefined, { numeric: true }),
  );
}

export const loadBankRow = (db: KompetenDatabase, key: string) => db.questionBanks.get(key);

/** The imported bank chosen in settings, if it is still there; otherwise the default bank is used. */
export async function loadActiveBankRow(
  db: KompetenDatabase,
): Promise<QuestionBankRow | undefined> {
  const { activeBankKey } = await loadSettings(db);
  return activeBankKey ? db.questionBanks.get(activeBankKey) : undefined;
}

/** Chooses an imported bank, or the default bank with `undefined`. */
export async function setActiveBank(db: KompetenDatabase, key: string | undefined): Promise<void> {
  await db.transaction('rw', db.questionBanks, db.settings, async () => {
    if (key !== undefined && !(await db.questionBanks.get(key)))
      throw new BankError(key, 'not-found');
    await updateSettings(db, { activeBankKey: key });
  });
}

/** What the history holds from a bank: its scores stay when it goes, its item details do not. */
export async function bankUsage(db: KompetenDatabase, key: string) {
  const attempts = await db.examAttempts.filter((a) => a.bankKey === key).toArray();
  return {
    simulations: attempts.filter((a) => a.finishedAt).length,
    open: attempts.some((a) => !a.finishedAt),
    sessions: await db.drillSessions.filter((s) => s.bankKey === key).count(),
  };
}

/**
 * Removes an imported bank; the history keeps its scores. A simulation still running on it is
 * finished or discarded first. Removing the bank in use falls back to the default bank.
 */
export async function removeBank(db: KompetenDatabase, key: string): Promise<void> {
  await db.transaction(
    'rw',
    [db.questionBanks, db.settings, db.examAttempts, db.drillSessions],
    async () => {
      if (!(await db.questionBanks.get(key))) throw new BankError(key, 'not-found');
      if ((await bankUsage(db, key)).open) throw new BankError(key, 'in-use');
      await db.questionBanks.delete(key);
      const { activeBankKey } = await loadSettings(db);
      if (activeBankKey === key) await updateSettings(db, { activeBankKey: undefined });
    },
  );
}
