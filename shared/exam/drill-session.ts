import { z } from 'zod';
import { DOMAINS } from '../framework/pack';
import { OPTION_IDS, type OptionId } from './bank';
import type { PracticeFilter } from './review';
import type { Tally } from './score';
import { issueOf, type FileIssueCode } from '../files/file-issues';

/**
 * A drill (a short practice session) as the history keeps it: what was practised, the items picked and
 * each answer with whether it was right. Saved after every answer, so a session left part-way is
 * still in the history with what was done; whether an answer was right is kept with it, so the
 * history never needs the bank again.
 */
export interface DrillSession {
  id: string;
  bankKey: string;
  filter: PracticeFilter;
  itemIds: string[];
  answers: PracticeAnswer[];
  startedAt: string;
  updatedAt: string;
  /** Set when the last picked item is answered. */
  finishedAt?: string;
}

export interface PracticeAnswer {
  itemId: string;
  choice: OptionId;
  correct: boolean;
}

export function newDrillSession(options: {
  id: string;
  bankKey: string;
  filter: PracticeFilter;
  itemIds: string[];
  now: Date;
}): DrillSession {
  const { now, ...rest } = options;
  const at = now.toISOString();
  return { ...rest, answers: [], startedAt: at, updatedAt: at };
}

/** The session with one more answer; an item answered already, or not picked, is refused. */
export function recordAnswer(
  session: DrillSession,
  answer: PracticeAnswer,
  now: Date,
): DrillSession {
  if (!session.itemIds.includes(answer.itemId))
    throw new Error(`Item ${answer.itemId} is not part of this session`);
  if (session.answers.some((a) => a.itemId === answer.itemId))
    throw new Error(`Item ${answer.itemId} is already answered`);
  const answers = [...session.answers, answer];
  const at = now.toISOString();
  return {
    ...session,
    answers,
    updatedAt: at,
    ...(answers.length === session.itemIds.length ? { finishedAt: at } : {}),
  };
}

/** Right answers out of the items answered. */
export const sessionTally = (session: DrillSession): Tally => ({
  correct: session.answers.filter((a) => a.correct).length,
  count: session.answers.length,
});

const isoTime = z.iso.datetime({ offset: true });
const itemId = z.string().min(1).max(100);

/** A drill as a backup carries it. */
export const drillSessionSchema = z
  .strictObject({
    id: z.string().min(1).max(100),
    bankKey: z.string().min(1).max(200),
    filter: z.strictObject({
      domain: z.enum(DOMAINS).optional(),
      criterion: z.string().min(1).max(200).optional(),
      tag: z.string().min(1).max(60).optional(),
    }),
    itemIds: z.array(itemId).min(1).max(100),
    answers: z
      .array(z.strictObject({ itemId, choice: z.enum(OPTION_IDS), correct: z.boolean() }))
      .max(100),
    startedAt: isoTime,
    updatedAt: isoTime,
    finishedAt: isoTime.optional(),
  })
  .superRefine((s, ctx) => {
    const issue = (path: string, code: FileIssueCode) =>
      ctx.addIssue({ code: 'custom', path: [path], ...issueOf(code) });
    if (new Set(s.itemIds).size !== s.itemIds.length) issue('itemIds', 'item-picked-twice');
    const answered = s.answers.map((a) => a.itemId);
    if (!answered.every((id) => s.itemIds.includes(id))) issue('answers', 'answer-not-picked');
    if (new Set(answered).size !== answered.length) issue('answers', 'item-answered-twice');
    // A session is finished exactly when every picked item is answered.
    if ((s.finishedAt !== undefined) !== (answered.length === s.itemIds.length))
      issue('finishedAt', 'finished-when-answered');
  }) satisfies z.ZodType<DrillSession>;
