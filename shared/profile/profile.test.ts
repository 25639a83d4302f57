import { describe, expect, it } from 'vitest';
import {
  EMPTY_PROFILE_INPUT,
  latestGraduationYear,
  PROFILE_LIMITS,
  profileSchema,
  type ProfileInput,
} from './profile';

const valid: ProfileInput = {
  fullName: 'Ni Made Ayu Rahayu, S.Tr.Sos.',
  targetLevel: 'generalis',
  education: {
    programme: 'Pekerjaan Sosial',
    institution: 'Poltekesos Bandung',
    graduationYear: '2019',
  },
  workplace: 'Dinas Sosial',
  fieldsOfPractice: ['anak', 'lanjut-usia'],
  strNumber: 'STR-123/IPSPI/2024',
};

/** The error code zod reports at a path, or undefined when that field is valid. */
function errorAt(input: ProfileInput, path: string): string | undefined {
  const result = profileSchema.safeParse(input);
  if (result.success) return undefined;
  return result.error.issues.find((issue) => issue.path.join('.') === path)?.message;
}

describe('profile schema', () => {
  it('accepts a complete profile and trims text', () => {
    const parsed = profileSchema.parse({ ...valid, fullName: '  Budi Santoso  ' });
    expect(parsed.fullName).toBe('Budi Santoso');
    expect(parsed.fieldsOfPractice).toEqual(['anak', 'lanjut-usia']);
  });

  it('accepts a minimal profile: only a name and a target level', () => {
    const minimal = { ...EMPTY_PROFILE_INPUT, fullName: 'Budi', targetLevel: 'asisten' as const };
    expect(profileSchema.safeParse(minimal).success).toBe(true);
  });

  it('rejects the empty form with a code for each required field', () => {
    expect(errorAt(EMPTY_PROFILE_INPUT, 'fullName')).toBe('required');
    expect(errorAt(EMPTY_PROFILE_INPUT, 'targetLevel')).toBe('chooseLevel');
  });

  it('treats a name of blanks as missing and a one-letter name as too short', () => {
    expect(errorAt({ ...valid, fullName: '    ' }, 'fullName')).toBe('required');
    expect(errorAt({ ...valid, fullName: 'A' }, 'fullName')).toBe('tooShort');
  });

  it('rejects text over each limit', () => {
    const long = (n: number) => 'x'.repeat(n + 1);
    expect(errorAt({ ...valid, fullName: long(PROFILE_LIMITS.fullName) }, 'fullName')).toBe(
      'tooLong',
    );
    expect(errorAt({ ...valid, workplace: long(PROFILE_LIMITS.workplace) }, 'workplace')).toBe(
      'tooLong',
    );
    const education = { ...valid.education, institution: long(PROFILE_LIMITS.institution) };
    expect(errorAt({ ...valid, education }, 'education.institution')).toBe('tooLong');
  });

  it('checks the graduation year format and range', () => {
    const withYear = (graduationYear: string) => ({
      ...valid,
      education: { ...valid.education, graduationYear },
    });
    expect(errorAt(withYear('20x9'), 'education.graduationYear')).toBe('yearFormat');
    expect(errorAt(withYear('19'), 'education.graduationYear')).toBe('yearFormat');
    expect(errorAt(withYear('1949'), 'education.graduationYear')).toBe('yearRange');
    expect(errorAt(withYear(String(latestGraduationYear() + 1)), 'education.graduationYear')).toBe(
      'yearRange',
    );
    expect(errorAt(withYear(String(latestGraduationYear())), 'education.graduationYear')).toBe(
      undefined,
    );
    expect(errorAt(withYear(''), 'education.graduationYear')).toBe(undefined);
  });

  it('allows students a few years ahead', () => {
    expect(latestGraduationYear(new Date('2026-11-23'))).toBe(2034);
  });

  it('accepts STR numbers made of letters, digits and separators only', () => {
    expect(errorAt({ ...valid, strNumber: '' }, 'strNumber')).toBe(undefined);
    expect(errorAt({ ...valid, strNumber: '12.34/56-78 AB' }, 'strNumber')).toBe(undefined);
    expect(errorAt({ ...valid, strNumber: '!!' }, 'strNumber')).toBe('strFormat');
    expect(errorAt({ ...valid, strNumber: '<script>' }, 'strNumber')).toBe('strFormat');
    expect(errorAt({ ...valid, strNumber: '1'.repeat(41) }, 'strNumber')).toBe('strFormat');
  });

  it('rejects unknown levels and fields of practice', () => {
    const badLevel = { ...valid, targetLevel: 'ahli' } as unknown as ProfileInput;
    expect(errorAt(badLevel, 'targetLevel')).toBe('chooseLevel');
    const badField = { ...valid, fieldsOfPractice: ['astronomi'] } as unknown as ProfileInput;
    expect(errorAt(badField, 'fieldsOfPractice.0')).toBe('unknownField');
  });
});
