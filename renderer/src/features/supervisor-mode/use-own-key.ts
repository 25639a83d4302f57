import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../db/context';
import { loadOwnKey } from '../../db/supervisor-repository';

/** Supervisor mode's own key; `null` when none was made yet, `undefined` while loading. */
export function useOwnKey() {
  const db = useDb();
  return useLiveQuery(async () => (await loadOwnKey(db)) ?? null, [db]);
}
