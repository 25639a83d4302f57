import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { bankKeyOf } from '../../../../shared/exam/attempt';
import { bankSchema, type BankItem, type QuestionBank } from '../../../../shared/exam/bank';
import { useDb } from '../../db/context';
import { loadActiveBankRow, loadBankRow } from '../../db/bank-repository';
import type { QuestionBankRow } from '../../db/database';

export interface LoadedBank {
  /** `${id}@${version}`, as attempts and sessions name it. */
  key: string;
  bank: QuestionBank;
  itemsById: ReadonlyMap<string, BankItem>;
  /** The bank that ships with the app, which cannot be removed. */
  builtin: boolean;
}

const loadedFrom = (bank: QuestionBank, builtin: boolean): LoadedBank => ({
  key: bankKeyOf(bank),
  bank,
  itemsById: new Map(bank.items.map((item) => [item.id, item])),
  builtin,
});

let loading: Promise<LoadedBank> | null = null;

/** The bank that ships with the app: its own chunk, loaded and checked on first use. */
export function loadDefaultBank(): Promise<LoadedBank> {
  loading ??= import('../../../../resources/exam/default-bank.id.json').then(({ default: raw }) =>
    loadedFrom(bankSchema.parse(raw), true),
  );
  return loading;
}

/** The default bank; undefined while it loads. */
export function useDefaultBank(): LoadedBank | undefined {
  const [loaded, setLoaded] = useState<LoadedBank>();
  useEffect(() => {
    let live = true;
    void loadDefaultBank().then((bank) => live && setLoaded(bank));
    return () => {
      live = false;
    };
  }, []);
  return loaded;
}

/**
 * An imported bank's row, tagged with what was asked: while a new question runs, useLiveQuery
 * still returns the answer to the last one, which must not pass for this one (a missing bank
 * would flash up as an alert). Undefined while loading; `loaded` undefined when not there.
 */
function useImported(asked: string, query: () => Promise<QuestionBankRow | undefined>) {
  const found = useLiveQuery(async () => ({ asked, row: await query() }), [asked]);
  const current = found?.asked === asked ? found : undefined;
  const loaded = useMemo(() => current?.row && loadedFrom(current.row.bank, false), [current]);
  return current && { loaded };
}

/** The bank new simulations and practice draw from; undefined while loading. */
export function useActiveBank(): LoadedBank | undefined {
  const db = useDb();
  const builtin = useDefaultBank();
  const chosen = useImported('active', () => loadActiveBankRow(db));
  if (!builtin || !chosen) return undefined;
  return chosen.loaded ?? builtin;
}

/**
 * The bank an attempt or session was made with: undefined while loading, null when it is no
 * longer installed (removed, or a default bank of another app version).
 */
export function useBank(key: string | undefined): LoadedBank | null | undefined {
  const db = useDb();
  const builtin = useDefaultBank();
  const imported = useImported(`key:${key ?? ''}`, async () =>
    key ? loadBankRow(db, key) : undefined,
  );
  if (!builtin || !imported || key === undefined) return undefined;
  if (key === builtin.key) return builtin;
  return imported.loaded ?? null;
}
