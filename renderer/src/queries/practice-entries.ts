import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../db/context';
import { listPracticeEntries } from '../db/practice-repository';

/** Every practice entry, newest first; `undefined` while loading. */
export function usePracticeEntries() {
  const db = useDb();
  return useLiveQuery(() => listPracticeEntries(db), [db]);
}
