import { useEffect, useState } from 'react';
import { bankSchema, type BankItem, type QuestionBank } from '../../../../shared/exam/bank';

export interface LoadedBank {
  bank: QuestionBank;
  itemsById: ReadonlyMap<string, BankItem>;
}

let loading: Promise<LoadedBank> | null = null;

/** The bank that ships with the app: its own chunk, loaded and checked on first use. */
export function loadDefaultBank(): Promise<LoadedBank> {
  loading ??= import('../../../../resources/exam/default-bank.id.json').then(({ default: raw }) => {
    const bank = bankSchema.parse(raw);
    return { bank, itemsById: new Map(bank.items.map((item) => [item.id, item])) };
  });
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
