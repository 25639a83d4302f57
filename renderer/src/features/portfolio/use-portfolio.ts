import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../db/context';
import { listCvEntries } from '../../db/cv-repository';
import { loadEssays } from '../../db/essay-repository';

/** Essays by prompt id; `undefined` while loading. */
export function useEssays() {
  const db = useDb();
  return useLiveQuery(() => loadEssays(db), [db]);
}

/** CV entries by part, in the candidate's order; `undefined` while loading. */
export function useCvEntries() {
  const db = useDb();
  return useLiveQuery(() => listCvEntries(db), [db]);
}
