import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { useDb } from '../db/context';
import type { PackRow } from '../db/database';
import { listPacks, loadActivePack } from '../db/framework-repository';
import { ensureBuiltinPack } from '../db/builtin-pack';

/** The pack in use: `undefined` while loading, `null` if none could be installed. */
export function useActivePack(): PackRow | null | undefined {
  const db = useDb();
  useEffect(() => {
    ensureBuiltinPack(db).catch((error: unknown) =>
      console.error('The built-in framework pack could not be installed', error),
    );
  }, [db]);
  return useLiveQuery(() => loadActivePack(db), []);
}

export function useInstalledPacks(): PackRow[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listPacks(db), []);
}
