import { useLiveQuery } from 'dexie-react-hooks';
import type { Evidence } from '../../../shared/assessment/assessment';
import { useDb } from '../db/context';
import { listEvidence } from '../db/evidence-repository';

/** Every piece of evidence, kept up to date: `undefined` while loading. */
export function useEvidenceList(): Evidence[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listEvidence(db), []);
}
