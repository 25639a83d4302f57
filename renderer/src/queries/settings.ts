import { useLiveQuery } from 'dexie-react-hooks';
import type { Settings } from '../../../shared/settings/settings';
import { useDb } from '../db/context';
import { loadSettings } from '../db/settings-repository';

/** The stored settings, kept up to date: `undefined` while loading. */
export function useSettings(): Settings | undefined {
  const db = useDb();
  return useLiveQuery(() => loadSettings(db), [db]);
}
