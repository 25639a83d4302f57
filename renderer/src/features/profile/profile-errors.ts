import type { FieldErrors } from 'react-hook-form';
import {
  EARLIEST_GRADUATION_YEAR,
  latestGraduationYear,
  NAME_MIN_LENGTH,
  PROFILE_ERRORS,
  PROFILE_LIMITS,
  type ProfileErrorCode,
} from '../../../../shared/profile/profile';

const CODES = new Set<string>(Object.values(PROFILE_ERRORS));

export function isProfileErrorCode(value: unknown): value is ProfileErrorCode {
  return typeof value === 'string' && CODES.has(value);
}

/** The numbers each message names, so it says exactly how to fix the field. */
export function errorParams(field: string): Record<string, number> {
  const limitKey = field.split('.').pop() as keyof typeof PROFILE_LIMITS;
  return {
    min: field === 'education.graduationYear' ? EARLIEST_GRADUATION_YEAR : NAME_MIN_LENGTH,
    max:
      field === 'education.graduationYear'
        ? latestGraduationYear()
        : (PROFILE_LIMITS[limitKey] ?? 0),
  };
}

/** How many fields have an error (nested groups such as education counted per field). */
export function countFieldErrors(errors: FieldErrors): number {
  return Object.values(errors).reduce<number>((sum, error) => {
    if (!error || typeof error !== 'object') return sum;
    if ('message' in error && typeof error.message === 'string') return sum + 1;
    return sum + countFieldErrors(error as FieldErrors);
  }, 0);
}
