import { useLiveQuery } from 'dexie-react-hooks';
import type { Evidence } from '../../../../shared/assessment/assessment';
import { db } from '../../db';
import { listEvidence } from '../../db/evidence-repository';

/** Every piece of evidence, kept up to date: `undefined` while loading. */
export function useEvidenceList(): Evidence[] | undefined {
  return useLiveQuery(() => listEvidence(db), []);
}
