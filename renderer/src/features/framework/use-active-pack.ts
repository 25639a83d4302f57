import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { db } from '../../db';
import type { PackRow } from '../../db/database';
import { listPacks, loadActivePack } from '../../db/framework-repository';
import { ensureBuiltinPack } from './builtin-pack';

/** The pack in use: `undefined` while loading, `null` if none could be installed. */
export function useActivePack(): PackRow | null | undefined {
  useEffect(() => {
    ensureBuiltinPack(db).catch((error: unknown) =>
      console.error('The built-in framework pack could not be installed', error),
    );
  }, []);
  return useLiveQuery(() => loadActivePack(db), []);
}

export function useInstalledPacks(): PackRow[] | undefined {
  return useLiveQuery(() => listPacks(db), []);
}
