import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../db/context';
import { listSupervisors } from '../../db/supervisor-repository';

/** Supervisors by name; `undefined` while loading. */
export function useSupervisors() {
  const db = useDb();
  return useLiveQuery(() => listSupervisors(db), [db]);
}
