import { useLiveQuery } from 'dexie-react-hooks';
import type { Round } from '../../../../shared/assessment/assessment';
import { useDb } from '../../db/context';
import { listRounds } from '../../db/assessment-repository';

export function useRounds(): Round[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listRounds(db), []);
}
