import { bankKeyOf } from '../../../../shared/exam/attempt';
import type { QuestionBank } from '../../../../shared/exam/bank';
import { installBank } from '../../db/bank-repository';
import type { KompetenDatabase } from '../../db/database';
import { sameJson } from '../../db/install-once';
import { loadDefaultBank } from './banks';

export interface BankImportResult {
  kind: 'installed' | 'already-installed' | 'conflict';
  key: string;
  title: string;
  version: string;
}

/**
 * Installs a bank read through FILE_KINDS.bank. The default bank counts as installed, so a copy
 * of it changes nothing and an altered copy under its key is a conflict; a conflict writes
 * nothing.
 */
export async function importBank(
  db: KompetenDatabase,
  bank: QuestionBank,
): Promise<BankImportResult> {
  const key = bankKeyOf(bank);
  const builtin = await loadDefaultBank();
  const kind =
    key === builtin.key
      ? sameJson(builtin.bank, bank)
        ? 'already-installed'
        : 'conflict'
      : await installBank(db, bank);
  return { kind, key, title: bank.title, version: bank.version };
}
