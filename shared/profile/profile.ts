import { z } from 'zod';
import { LEVELS } from '../domain/levels';
import { DEFAULT_FIELDS_OF_PRACTICE } from '../domain/fields-of-practice';

/**
 * Validation failures are reported as codes, never as text: the renderer translates them
 * (shared/ holds no UI language).
 */
export const PROFILE_ERRORS = {
  required: 'required',
  tooShort: 'tooShort',
  tooLong: 'tooLong',
  chooseLevel: 'chooseLevel',
  yearFormat: 'yearFormat',
  yearRange: 'yearRange',
  strFormat: 'strFormat',
  unknownField: 'unknownField',
} as const;
export type ProfileErrorCode = (typeof PROFILE_ERRORS)[keyof typeof PROFILE_ERRORS];

/** Longest accepted text per field; the form uses the same numbers for `maxLength`. */
export const PROFILE_LIMITS = {
  fullName: 120,
  programme: 120,
  institution: 160,
  workplace: 160,
} as const;
export const NAME_MIN_LENGTH = 2;

export const EARLIEST_GRADUATION_YEAR = 1950;
/** Students may enter the year they expect to graduate. */
export const YEARS_AHEAD_ALLOWED = 8;

export function latestGraduationYear(today = new Date()): number {
  return today.getFullYear() + YEARS_AHEAD_ALLOWED;
}

const optionalText = (max: number) => z.string().trim().max(max, { error: PROFILE_ERRORS.tooLong });

const graduationYear = z
  .string()
  .trim()
  .refine((v) => v === '' || /^\d{4}$/.test(v), { error: PROFILE_ERRORS.yearFormat })
  .refine(
    (v) => {
      if (v === '') return true;
      const year = Number(v);
      return year >= EARLIEST_GRADUATION_YEAR && year <= latestGraduationYear();
    },
    { error: PROFILE_ERRORS.yearRange },
  );

/**
 * STR numbers have no published format we could confirm, so accept what such numbers are made of
 * (letters, digits and separators) rather than guessing a pattern.
 */
const strNumber = z
  .string()
  .trim()
  .refine((v) => v === '' || /^[A-Za-z0-9][A-Za-z0-9./\- ]{2,38}[A-Za-z0-9]$/.test(v), {
    error: PROFILE_ERRORS.strFormat,
  });

export const profileSchema = z.object({
  fullName: z
    .string()
    .trim()
    .min(1, { error: PROFILE_ERRORS.required })
    .min(NAME_MIN_LENGTH, { error: PROFILE_ERRORS.tooShort })
    .max(PROFILE_LIMITS.fullName, { error: PROFILE_ERRORS.tooLong }),
  targetLevel: z.enum(LEVELS, { error: PROFILE_ERRORS.chooseLevel }),
  education: z.object({
    programme: optionalText(PROFILE_LIMITS.programme),
    institution: optionalText(PROFILE_LIMITS.institution),
    graduationYear,
  }),
  workplace: optionalText(PROFILE_LIMITS.workplace),
  fieldsOfPractice: z
    .array(z.enum(DEFAULT_FIELDS_OF_PRACTICE, { error: PROFILE_ERRORS.unknownField }))
    .max(DEFAULT_FIELDS_OF_PRACTICE.length),
  strNumber,
});

/** What the profile form edits (before trimming). */
export type ProfileInput = z.input<typeof profileSchema>;
/** A valid, normalised profile. */
export type Profile = z.output<typeof profileSchema>;
/**
 * A profile as stored: valid data, when it was last saved, and the candidate's stable identity,
 * made once on the first save and never shown or edited: sign-offs bind it instead of the name.
 * Profiles saved before it existed get it on their next save or sign-off request.
 */
export type StoredProfile = Profile & { updatedAt: string; candidateId?: string };

export const EMPTY_PROFILE_INPUT: ProfileInput = {
  fullName: '',
  // Deliberately not a valid level: the user must choose one.
  targetLevel: '' as Profile['targetLevel'],
  education: { programme: '', institution: '', graduationYear: '' },
  workplace: '',
  fieldsOfPractice: [],
  strNumber: '',
};
