import type { z } from 'zod';
import {
  PRACTICE_CONFIG_ERRORS,
  practiceTargetsSchema,
} from '../../../../../shared/practice/config';

/** The settings' own error codes, which have words of their own. */
export type ErrorCode = keyof typeof PRACTICE_CONFIG_ERRORS;
export const CODES = new Set<string>(Object.values(PRACTICE_CONFIG_ERRORS));

/** What the form holds: hours are the text typed, which the schema turns into numbers. */
export type TargetsForm = z.input<typeof practiceTargetsSchema>;

// People write "40,5" as often as "40.5"; the schema reads numbers with a point.
export const decimalPoint = (value: string) => value.replace(',', '.');
