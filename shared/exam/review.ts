import { createEmptyCard, fsrs, generatorParameters, Rating, type Card } from 'ts-fsrs';
import { z } from 'zod';
import type { DomainId } from '../framework/pack';
import { DEFAULT_BANK_ID, type BankItem } from './bank';

/**
 * Spaced repetition for drills (short practice sessions), scheduled by FSRS (ts-fsrs): an item answered wrong
 * comes back within minutes, one answered right comes back later each time. Stored with ISO
 * times so it travels in backups as plain JSON.
 */
export interface ReviewCard {
  /** Banks name their items independently, so a card belongs to one bank's item. */
  bankId: string;
  itemId: string;
  due: string;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: number;
  lastReview?: string;
}

// No fuzz: a practice bank is small, and the same answers should give the same schedule.
const scheduler = fsrs(generatorParameters({ enable_fuzz: false }));

const toCard = (c: ReviewCard): Card => ({
  due: new Date(c.due),
  stability: c.stability,
  difficulty: c.difficulty,
  elapsed_days: c.elapsedDays,
  scheduled_days: c.scheduledDays,
  learning_steps: c.learningSteps,
  reps: c.reps,
  lapses: c.lapses,
  state: c.state,
  ...(c.lastReview ? { last_review: new Date(c.lastReview) } : {}),
});

/** The card after one answer: right is "good", wrong is "again". */
export function review(
  previous: ReviewCard | undefined,
  { bankId, itemId }: { bankId: string; itemId: string },
  correct: boolean,
  now: Date,
): ReviewCard {
  const card = previous ? toCard(previous) : createEmptyCard(now);
  const { card: next } = scheduler.next(card, now, correct ? Rating.Good : Rating.Again);
  return {
    bankId,
    itemId,
    due: next.due.toISOString(),
    stability: next.stability,
    difficulty: next.difficulty,
    elapsedDays: next.elapsed_days,
    scheduledDays: next.scheduled_days,
    learningSteps: next.learning_steps,
    reps: next.reps,
    lapses: next.lapses,
    state: next.state,
    ...(next.last_review ? { lastReview: next.last_review.toISOString() } : {}),
  };
}

export interface PracticeFilter {
  domain?: DomainId;
  criterion?: string;
  tag?: string;
}

export const matchesFilter = (item: BankItem, filter: PracticeFilter) =>
  (!filter.domain || item.domain === filter.domain) &&
  (!filter.criterion || item.criteria.includes(filter.criterion)) &&
  (!filter.tag || item.tags.includes(filter.tag));

/**
 * A drill: items due for review first (the most overdue first), then items never
 * practised, in bank order; items seen and not yet due wait their turn.
 */
export function pickPracticeItems(
  items: readonly BankItem[],
  cards: ReadonlyMap<string, ReviewCard>,
  { count, now, filter = {} }: { count: number; now: Date; filter?: PracticeFilter },
): string[] {
  const eligible = items.filter((item) => matchesFilter(item, filter));
  const due = eligible
    .flatMap((item) => {
      const card = cards.get(item.id);
      return card && Date.parse(card.due) <= now.getTime() ? [{ id: item.id, due: card.due }] : [];
    })
    .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0))
    .map((d) => d.id);
  const fresh = eligible.filter((item) => !cards.has(item.id)).map((item) => item.id);
  return [...due, ...fresh].slice(0, count);
}

/** A review card as a backup carries it. */
export const reviewCardSchema = z.strictObject({
  bankId: z.string().min(1).max(100),
  itemId: z.string().min(1).max(100),
  due: z.iso.datetime({ offset: true }),
  stability: z.number().min(0),
  difficulty: z.number().min(0),
  elapsedDays: z.number().min(0),
  scheduledDays: z.number().min(0),
  learningSteps: z.number().int().min(0),
  reps: z.number().int().min(0),
  lapses: z.number().int().min(0),
  state: z.number().int().min(0).max(3),
  lastReview: z.iso.datetime({ offset: true }).optional(),
}) satisfies z.ZodType<ReviewCard>;

/**
 * Review cards from before v7 were keyed by item id alone, when the default bank was the only
 * one: they move to that bank. Anything that is not a list of objects is left for the schema.
 */
export function fileReviewCards(cards: unknown): unknown {
  if (cards === undefined) return [];
  if (!Array.isArray(cards)) return cards;
  return cards.map((card: unknown) =>
    typeof card === 'object' && card !== null ? { bankId: DEFAULT_BANK_ID, ...card } : card,
  );
}
