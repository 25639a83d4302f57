import { z } from 'zod';
import { isIsoDate } from '../dates';
import { HELPING_STAGES, PRACTICE_FORMS, PRACTICE_LEVELS } from '../domain/vocabularies';

/** What the time was spent on. */
export const ACTIVITY_KINDS = [
  'kontak-langsung',
  'tidak-langsung',
  'supervisi',
  'pelatihan',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** Validation failures as codes; the renderer translates them. */
export const PRACTICE_ERRORS = {
  required: 'required',
  tooLong: 'tooLong',
  dateFormat: 'dateFormat',
  futureDate: 'futureDate',
  timeFormat: 'timeFormat',
  timePair: 'timePair',
  endNotAfterStart: 'endNotAfterStart',
  timeOrDuration: 'timeOrDuration',
  durationFormat: 'durationFormat',
  durationNotPositive: 'durationNotPositive',
  durationTooLong: 'durationTooLong',
  fieldFormat: 'fieldFormat',
} as const;

export const MAX_NARRATIVE_LENGTH = 4000;
export const MINUTES_PER_DAY = 24 * 60;

/** "13:05" → 785; anything else → null. */
export function parseTime(value: string): number | null {
  const match = /^([01]\d|2[0-3])[:.]([0-5]\d)$/.exec(value.trim());
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/**
 * A duration as people write it: hours with a comma or a point ("1,5", "2.25", "3") or hours and
 * minutes ("1:30"). Returns whole minutes, or null when it cannot be read.
 */
export function parseDuration(value: string): number | null {
  const text = value.trim();
  const clock = /^(\d{1,2}):([0-5]\d)$/.exec(text);
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]);
  const hours = /^-?\d{1,2}(?:[.,]\d{1,2})?$/.test(text) ? Number(text.replace(',', '.')) : NaN;
  return Number.isFinite(hours) ? Math.round(hours * 60) : null;
}

const isoDate = z.string().refine(isIsoDate, { error: PRACTICE_ERRORS.dateFormat });

const text = (max: number, required = false) => {
  const base = z.string().trim();
  return required
    ? base.min(1, { error: PRACTICE_ERRORS.required }).max(max, { error: PRACTICE_ERRORS.tooLong })
    : base.max(max, { error: PRACTICE_ERRORS.tooLong });
};

/** Optional choice from a vocabulary: blank or one of its ids. */
export const optionalChoice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.union([z.literal(''), z.enum(values)]);

/**
 * One practice-log entry as the form gives it: times or a duration, all strings. The output has
 * the minutes worked, so totals never parse text again. `today` is the local ISO date.
 */
export function practiceEntryInputSchema(today: string) {
  return (
    z
      .object({
        date: isoDate.refine((v) => v <= today, { error: PRACTICE_ERRORS.futureDate }),
        startTime: z.string().trim(),
        endTime: z.string().trim(),
        duration: z.string().trim(),
        agency: text(200, true),
        setting: text(200),
        // Fields of practice are a configurable list, so any short id is accepted here.
        field: z
          .string()
          .trim()
          .min(1, { error: PRACTICE_ERRORS.required })
          // Not `abort`: an aborted field would also hide the timing problems.
          .refine((v) => v === '' || /^[a-z0-9][a-z0-9-]{0,59}$/.test(v), {
            error: PRACTICE_ERRORS.fieldFormat,
          }),
        practiceLevel: optionalChoice(PRACTICE_LEVELS),
        practiceForm: optionalChoice(PRACTICE_FORMS),
        stage: optionalChoice(HELPING_STAGES),
        activityKind: z.enum(ACTIVITY_KINDS, { error: PRACTICE_ERRORS.required }),
        criterionRefs: z.array(z.string().min(1).max(200)).max(500),
        narrative: text(MAX_NARRATIVE_LENGTH),
        supervisorId: z.string().max(100),
      })
      // Timing is checked even when other fields are wrong, so every problem shows at once.
      .superRefine(
        (entry, ctx) => {
          const timing = entryTiming(entry);
          if ('problem' in timing) {
            ctx.addIssue({ code: 'custom', path: [timing.field], message: timing.problem });
          }
        },
        { when: ({ value }) => hasTimingText(value) },
      )
      .transform((entry) => ({ ...entry, minutes: minutesOf(entry) }))
  );
}

export type PracticeEntryInput = z.input<ReturnType<typeof practiceEntryInputSchema>>;
export type PracticeEntryData = z.output<ReturnType<typeof practiceEntryInputSchema>>;

interface Timing {
  startTime: string;
  endTime: string;
  duration: string;
}
/** A new entry's form before anything is typed: today's date, everything else blank. */
export const blankPracticeInput = (date: string): PracticeEntryInput => ({
  date,
  startTime: '',
  endTime: '',
  duration: '',
  agency: '',
  setting: '',
  field: '',
  practiceLevel: '',
  practiceForm: '',
  stage: '',
  // Blank until chosen; the schema then asks for it.
  activityKind: '' as PracticeEntryInput['activityKind'],
  criterionRefs: [],
  narrative: '',
  supervisorId: '',
});

type TimingResult = { minutes: number } | { field: keyof Timing; problem: string };

function hasTimingText(value: unknown): value is Timing {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return ['startTime', 'endTime', 'duration'].every((key) => typeof v[key] === 'string');
}

/** Minutes from start and end times, or else from the duration; a problem names its field. */
export function entryTiming(entry: Timing): TimingResult {
  const fail = (field: keyof Timing, problem: string): TimingResult => ({ field, problem });
  const [startTime, endTime, duration] = [entry.startTime, entry.endTime, entry.duration].map((v) =>
    v.trim(),
  ) as [string, string, string];
  if (startTime || endTime) {
    if (!startTime) return fail('startTime', PRACTICE_ERRORS.timePair);
    if (!endTime) return fail('endTime', PRACTICE_ERRORS.timePair);
    const start = parseTime(startTime);
    const end = parseTime(endTime);
    if (start === null) return fail('startTime', PRACTICE_ERRORS.timeFormat);
    if (end === null) return fail('endTime', PRACTICE_ERRORS.timeFormat);
    // An entry lies within one day; work past midnight is two entries.
    if (end <= start) return fail('endTime', PRACTICE_ERRORS.endNotAfterStart);
    return { minutes: end - start };
  }
  if (!duration) return fail('duration', PRACTICE_ERRORS.timeOrDuration);
  const minutes = parseDuration(duration);
  if (minutes === null) return fail('duration', PRACTICE_ERRORS.durationFormat);
  if (minutes <= 0) return fail('duration', PRACTICE_ERRORS.durationNotPositive);
  if (minutes > MINUTES_PER_DAY) return fail('duration', PRACTICE_ERRORS.durationTooLong);
  return { minutes };
}

/** Minutes of an entry whose timing already passed validation. */
function minutesOf(entry: Timing): number {
  const timing = entryTiming(entry);
  return 'minutes' in timing ? timing.minutes : 0;
}

/** A stored entry. */
export interface PracticeEntry extends PracticeEntryData {
  id: string;
  createdAt: string;
  updatedAt: string;
}

/** One day above this many hours is suspicious (a typo, or a double entry): warn, don't block. */
export const LONG_DAY_MINUTES = 12 * 60;

export type PracticeWarning =
  { kind: 'longDay'; date: string; minutes: number } | { kind: 'overlap'; withId: string };

type Timed = Pick<PracticeEntry, 'id' | 'date' | 'startTime' | 'endTime' | 'minutes'>;

/**
 * Warnings for every entry: days over 12 hours, and entries whose times overlap on one day.
 * Entries are grouped by day and swept in start order, so 20,000 entries stay fast.
 */
export function practiceWarnings(entries: readonly Timed[]): Map<string, PracticeWarning[]> {
  const byDate = new Map<string, Timed[]>();
  for (const entry of entries) byDate.set(entry.date, [...(byDate.get(entry.date) ?? []), entry]);
  const warnings = new Map<string, PracticeWarning[]>();
  const add = (id: string, warning: PracticeWarning) =>
    warnings.set(id, [...(warnings.get(id) ?? []), warning]);

  for (const [date, day] of byDate) {
    const minutes = day.reduce((sum, e) => sum + e.minutes, 0);
    if (minutes > LONG_DAY_MINUTES) {
      for (const entry of day) add(entry.id, { kind: 'longDay', date, minutes });
    }
    const timed = day
      .map((e) => ({ id: e.id, start: parseTime(e.startTime), end: parseTime(e.endTime) }))
      .filter(
        (e): e is { id: string; start: number; end: number } => e.start !== null && e.end !== null,
      )
      .sort((a, b) => a.start - b.start);
    timed.forEach((a, i) => {
      for (const b of timed.slice(i + 1)) {
        if (b.start >= a.end) break;
        add(a.id, { kind: 'overlap', withId: b.id });
        add(b.id, { kind: 'overlap', withId: a.id });
      }
    });
  }
  return warnings;
}
