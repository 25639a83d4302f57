import type { AttemptResult, ExamAttempt } from '../../../shared/exam/attempt';
import type { ReviewCard } from '../../../shared/exam/review';
import type { KompetenDatabase } from './database';

/** Every simulation, newest first. */
export const listAttempts = (db: KompetenDatabase): Promise<ExamAttempt[]> =>
  db.examAttempts.orderBy('startedAt').reverse().toArray();

export const loadAttempt = (db: KompetenDatabase, id: string) => db.examAttempts.get(id);

/** The simulation still in progress, if any: at most one is open at a time. */
export async function openAttempt(db: KompetenDatabase): Promise<ExamAttempt | undefined> {
  return (await listAttempts(db)).find((attempt) => !attempt.finishedAt);
}

export async function saveAttempt(db: KompetenDatabase, attempt: ExamAttempt): Promise<void> {
  await db.examAttempts.put(attempt);
}

export async function deleteAttempt(db: KompetenDatabase, id: string): Promise<void> {
  await db.examAttempts.delete(id);
}

/** The score of the latest finished simulation, for the readiness dashboard. */
export async function latestResult(db: KompetenDatabase): Promise<AttemptResult | null> {
  return (await listAttempts(db)).find((attempt) => attempt.result)?.result ?? null;
}

/** Every practised item's review card, by item id. */
export async function loadReviewCards(db: KompetenDatabase): Promise<Map<string, ReviewCard>> {
  return new Map((await db.reviewCards.toArray()).map((card) => [card.itemId, card]));
}

export async function saveReviewCard(db: KompetenDatabase, card: ReviewCard): Promise<void> {
  await db.reviewCards.put(card);
}
