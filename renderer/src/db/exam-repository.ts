import Dexie from 'dexie';
import type { AttemptResult, ExamAttempt } from '../../../shared/exam/attempt';
import type { DrillSession } from '../../../shared/exam/drill-session';
import { review, type ReviewCard } from '../../../shared/exam/review';
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

/** The review cards of one bank's practised items, by item id. */
export async function loadReviewCards(
  db: KompetenDatabase,
  bankId: string,
): Promise<Map<string, ReviewCard>> {
  const cards = await db.itemReviews
    .where('[bankId+itemId]')
    .between([bankId, Dexie.minKey], [bankId, Dexie.maxKey])
    .toArray();
  return new Map(cards.map((card) => [card.itemId, card]));
}

/** Every drill session, newest first. */
export const listDrillSessions = (db: KompetenDatabase): Promise<DrillSession[]> =>
  db.drillSessions.orderBy('startedAt').reverse().toArray();

/**
 * Keeps an answer in practice: the item's review card moves on, and the session is stored with
 * the answer, together, so the history and the schedule never disagree. The card is read in the
 * same transaction; a session is never replaced by an older copy with fewer answers (two saves
 * may finish out of order).
 */
export async function saveDrillAnswer(
  db: KompetenDatabase,
  session: DrillSession,
  answer: { bankId: string; itemId: string; correct: boolean },
  now: Date,
): Promise<void> {
  const { bankId, itemId, correct } = answer;
  await db.transaction('rw', db.drillSessions, db.itemReviews, async () => {
    const card = await db.itemReviews.get([bankId, itemId]);
    await db.itemReviews.put(review(card, { bankId, itemId }, correct, now));
    const stored = await db.drillSessions.get(session.id);
    if (!stored || stored.answers.length < session.answers.length)
      await db.drillSessions.put(session);
  });
}
