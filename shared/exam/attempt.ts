import { z } from 'zod';
import { DOMAINS } from '../framework/pack';
import { DIFFICULTIES, OPTION_IDS, type BankItem, type OptionId } from './bank';
import type { Shortfall } from './blueprint';
import { pause, type ExamClock } from './clock';
import { scoreAttempt, type Tally } from './score';
import { issueOf } from '../files/file-issues';

/**
 * A simulation as it is stored: the drawn items, the candidate's choices and flags, where they
 * are, and the clock. Saved after every change, so a reload or a crash resumes it; when it ends,
 * its score is kept with it, so the history never needs the bank again.
 */
export interface ExamAttempt {
  id: string;
  bankKey: string;
  itemIds: string[];
  /** One per item, in order: the option chosen, or null. */
  choices: (OptionId | null)[];
  flags: boolean[];
  position: number;
  /** Saved paused; resumed when the simulation is opened again. */
  clock: ExamClock;
  /** How this draw falls short of the blueprint (an honest note for the report). */
  shortfalls: Shortfall[];
  missing: number;
  startedAt: string;
  finishedAt?: string;
  /** Handed in by the candidate, or ended when the time ran out. */
  endedBy?: 'candidate' | 'time';
  result?: AttemptResult;
}

export interface AttemptResult {
  total: Tally;
  byDomain: Record<(typeof DOMAINS)[number], Tally>;
  byDifficulty: Record<(typeof DIFFICULTIES)[number], Tally>;
}

export const bankKeyOf = (bank: { id: string; version: string }) => `${bank.id}@${bank.version}`;

export function newAttempt(options: {
  id: string;
  bankKey: string;
  itemIds: string[];
  clock: ExamClock;
  shortfalls: Shortfall[];
  missing: number;
  now: Date;
}): ExamAttempt {
  const { itemIds, now, ...rest } = options;
  return {
    ...rest,
    itemIds,
    choices: itemIds.map(() => null),
    flags: itemIds.map(() => false),
    position: 0,
    startedAt: now.toISOString(),
  };
}

/** The responses in the order asked, for scoring. */
export const responsesOf = (attempt: ExamAttempt) =>
  attempt.itemIds.map((itemId, i) => ({
    itemId,
    choice: attempt.choices[i] ?? null,
    flagged: attempt.flags[i] ?? false,
  }));

/** Ends an attempt: the clock stops and the score is kept with it. */
export function finishAttempt(
  attempt: ExamAttempt,
  itemsById: ReadonlyMap<string, BankItem>,
  endedBy: 'candidate' | 'time',
  now: Date,
): ExamAttempt {
  const { total, byDomain, byDifficulty } = scoreAttempt(responsesOf(attempt), itemsById);
  return {
    ...attempt,
    clock: pause(attempt.clock, now.getTime()),
    finishedAt: now.toISOString(),
    endedBy,
    result: { total, byDomain, byDifficulty },
  };
}

const tally = z.strictObject({ correct: z.number().int().min(0), count: z.number().int().min(0) });
const isoTime = z.iso.datetime({ offset: true });
const record = <K extends readonly [string, ...string[]]>(keys: K) =>
  z.strictObject(
    Object.fromEntries(keys.map((k) => [k, tally])) as Record<K[number], typeof tally>,
  );

/** An attempt as a backup carries it. */
export const attemptSchema = z
  .strictObject({
    id: z.string().min(1).max(100),
    bankKey: z.string().min(1).max(200),
    itemIds: z.array(z.string().min(1).max(100)).max(1000),
    choices: z.array(z.enum(OPTION_IDS).nullable()).max(1000),
    flags: z.array(z.boolean()).max(1000),
    position: z.number().int().min(0),
    clock: z.strictObject({
      limitMs: z.number().int().min(0),
      elapsedMs: z.number().min(0),
      runningSince: z.number().nullable(),
    }),
    shortfalls: z
      .array(
        z.strictObject({
          domain: z.enum(DOMAINS),
          difficulty: z.enum(DIFFICULTIES),
          wanted: z.number().int().min(0),
          available: z.number().int().min(0),
        }),
      )
      .max(20),
    missing: z.number().int().min(0),
    startedAt: isoTime,
    finishedAt: isoTime.optional(),
    endedBy: z.enum(['candidate', 'time']).optional(),
    result: z
      .strictObject({
        total: tally,
        byDomain: record(DOMAINS),
        byDifficulty: record(DIFFICULTIES),
      })
      .optional(),
  })
  .refine((a) => a.choices.length === a.itemIds.length && a.flags.length === a.itemIds.length, {
    ...issueOf('entries-per-item'),
    path: ['choices'],
  }) satisfies z.ZodType<ExamAttempt>;
