import {
  answerChangeSchema,
  type Answer,
  type AnswerChange,
  type Round,
} from '../../../shared/assessment/assessment';
import type { KompetenDatabase } from './database';

export class RoundError extends Error {
  constructor(readonly reason: 'closed' | 'not-found') {
    super(`Assessment round: ${reason}`);
    this.name = 'RoundError';
  }
}

export async function listRounds(db: KompetenDatabase): Promise<Round[]> {
  return db.rounds.orderBy('number').toArray();
}

/** The newest round, open or closed; null before the first one. */
export async function latestRound(db: KompetenDatabase): Promise<Round | null> {
  return (await db.rounds.orderBy('number').last()) ?? null;
}

/**
 * Starts the next round against `packKey`. The previous round is closed and its answers are
 * copied, so the candidate updates rather than starts again.
 */
export async function startRound(
  db: KompetenDatabase,
  packKey: string,
  now: Date = new Date(),
): Promise<Round> {
  return db.transaction('rw', db.rounds, db.answers, async () => {
    const previous = await db.rounds.orderBy('number').last();
    const round: Round = {
      id: crypto.randomUUID(),
      number: (previous?.number ?? 0) + 1,
      packKey,
      startedAt: now.toISOString(),
    };
    if (previous) {
      if (!previous.closedAt) await db.rounds.update(previous.id, { closedAt: now.toISOString() });
      const copied = await db.answers.where('roundId').equals(previous.id).toArray();
      await db.answers.bulkAdd(
        copied.map((a) => ({ ...a, roundId: round.id, updatedAt: now.toISOString() })),
      );
    }
    await db.rounds.add(round);
    return round;
  });
}

export async function closeRound(
  db: KompetenDatabase,
  roundId: string,
  now: Date = new Date(),
): Promise<void> {
  await db.transaction('rw', db.rounds, async () => {
    const round = await db.rounds.get(roundId);
    if (!round) throw new RoundError('not-found');
    if (!round.closedAt) await db.rounds.update(roundId, { closedAt: now.toISOString() });
  });
}

export async function loadAnswers(
  db: KompetenDatabase,
  roundId: string,
): Promise<Map<string, Answer>> {
  const rows = await db.answers.where('roundId').equals(roundId).toArray();
  return new Map(rows.map((row) => [row.criterionId, row]));
}

/**
 * Saves part of one criterion's answer (autosave calls this on every change). A closed round is
 * a record of what the candidate said then: it is never changed.
 */
export async function saveAnswer(
  db: KompetenDatabase,
  roundId: string,
  criterionId: string,
  change: AnswerChange,
  now: Date = new Date(),
): Promise<Answer> {
  const parsed = answerChangeSchema.parse(change);
  return db.transaction('rw', db.rounds, db.answers, async () => {
    const round = await db.rounds.get(roundId);
    if (!round) throw new RoundError('not-found');
    if (round.closedAt) throw new RoundError('closed');
    const current = await db.answers.get([roundId, criterionId]);
    const next: Answer = {
      roundId,
      criterionId,
      reflection: '',
      ...current,
      ...parsed,
      updatedAt: now.toISOString(),
    };
    await db.answers.put(next);
    return next;
  });
}
