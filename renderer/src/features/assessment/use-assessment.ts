import { useLiveQuery } from 'dexie-react-hooks';
import type { Answer, Round } from '../../../../shared/assessment/assessment';
import { useDb } from '../../db/context';
import { latestRound, loadAnswers } from '../../db/assessment-repository';
import type { PackRow } from '../../db/database';

/** The newest round: `undefined` while loading, `null` before the first round. */
export function useLatestRound(): Round | null | undefined {
  const db = useDb();
  return useLiveQuery(() => latestRound(db), []);
}

export function useAnswers(roundId: string): Map<string, Answer> | undefined {
  const db = useDb();
  return useLiveQuery(() => loadAnswers(db, roundId), [roundId]);
}

/** The pack a round was made with (`null` if it is no longer installed). */
export function usePackRow(key: string): PackRow | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => (await db.packs.get(key)) ?? null, [key]);
}
