import { useLiveQuery } from 'dexie-react-hooks';
import type { Round } from '../../../../shared/assessment/assessment';
import { db } from '../../db';
import { listRounds } from '../../db/assessment-repository';

export function useRounds(): Round[] | undefined {
  return useLiveQuery(() => listRounds(db), []);
}
