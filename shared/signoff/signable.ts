import { z } from 'zod';
import { HELPING_STAGES, PRACTICE_FORMS, PRACTICE_LEVELS } from '../domain/vocabularies';
import {
  ACTIVITY_KINDS,
  MAX_NARRATIVE_LENGTH,
  MINUTES_PER_DAY,
  optionalChoice,
  type PracticeEntry,
} from '../practice/entry';
import { canonicalJson } from '../signing/canonical-json';

/**
 * What a supervisor signs of an entry: everything that describes the work, nothing about who
 * keeps the log (the local supervisor id differs between machines) or when it was typed.
 */
const SIGNED_FIELDS = [
  'id',
  'date',
  'startTime',
  'endTime',
  'minutes',
  'agency',
  'setting',
  'field',
  'practiceLevel',
  'practiceForm',
  'stage',
  'activityKind',
  'criterionRefs',
  'narrative',
] as const satisfies readonly (keyof PracticeEntry)[];

export type SignableEntry = Pick<PracticeEntry, (typeof SIGNED_FIELDS)[number]>;

export function signableEntry(entry: SignableEntry): SignableEntry {
  return Object.fromEntries(SIGNED_FIELDS.map((key) => [key, entry[key]])) as SignableEntry;
}

/** The exact text a signature covers; comparing it tells whether an entry changed since. */
export const signedText = (entry: SignableEntry): string => canonicalJson(signableEntry(entry));

const text = (max: number) => z.string().max(max);

/**
 * An entry as it travels in a request file. The candidate's app validated it when it was typed;
 * this only guards the supervisor's app against malformed or oversized files.
 */
export const signableEntrySchema = z.strictObject({
  id: z.string().min(1).max(100),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  startTime: text(5),
  endTime: text(5),
  minutes: z.number().int().min(1).max(MINUTES_PER_DAY),
  agency: text(200),
  setting: text(200),
  field: text(60),
  practiceLevel: optionalChoice(PRACTICE_LEVELS),
  practiceForm: optionalChoice(PRACTICE_FORMS),
  stage: optionalChoice(HELPING_STAGES),
  activityKind: z.enum(ACTIVITY_KINDS),
  criterionRefs: z.array(z.string().min(1).max(200)).max(500),
  narrative: text(MAX_NARRATIVE_LENGTH),
}) satisfies z.ZodType<SignableEntry>;
