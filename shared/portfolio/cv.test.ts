import { describe, expect, it } from 'vitest';
import {
  CV_FIELD_KEYS,
  CV_SECTIONS,
  cvEntrySchema,
  emptyCvValues,
  filledCvSections,
  type CvSectionId,
} from './cv';

const TODAY = '2026-11-23';

function problems(section: CvSectionId, values: Record<string, string>) {
  const result = cvEntrySchema(section, TODAY).safeParse({ ...emptyCvValues(section), ...values });
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('CV parts', () => {
  it('are the 11 parts of the portfolio CV, identity a single entry and the rest lists', () => {
    expect(CV_SECTIONS.map((s) => s.id)).toEqual([
      'identity',
      'education',
      'work',
      'practice',
      'training',
      'seminars',
      'organisations',
      'research',
      'publications',
      'contributions',
      'awards',
    ]);
    expect(CV_SECTIONS.filter((s) => 'single' in s).map((s) => s.id)).toEqual(['identity']);
    expect(CV_FIELD_KEYS).toContain('graduationYear');
  });

  it('accepts a complete entry and trims it', () => {
    const result = cvEntrySchema('work', TODAY).parse({
      organisation: ' Dinas Sosial Kota Bandung ',
      position: 'Pekerja sosial',
      startYear: '2019',
      endYear: '',
      duties: 'Pendampingan keluarga',
    });
    expect(result.organisation).toBe('Dinas Sosial Kota Bandung');
    expect(result.endYear).toBe('');
  });

  it('names each missing required field', () => {
    expect(problems('work', {})).toEqual({
      organisation: 'required',
      position: 'required',
      startYear: 'required',
    });
    expect(problems('identity', {})).toEqual({});
  });

  it('refuses bad, early, future and reversed years', () => {
    const base = { organisation: 'LKSA', role: 'Ketua' };
    expect(problems('organisations', { ...base, startYear: '19' })).toEqual({
      startYear: 'yearFormat',
    });
    expect(problems('organisations', { ...base, startYear: '1890' })).toEqual({
      startYear: 'yearRange',
    });
    expect(problems('organisations', { ...base, startYear: '2027' })).toEqual({
      startYear: 'yearRange',
    });
    expect(problems('organisations', { ...base, startYear: '2020', endYear: '2018' })).toEqual({
      endYear: 'endBeforeStart',
    });
    expect(problems('organisations', { ...base, startYear: '2020', endYear: '2020' })).toEqual({});
  });

  it('checks dates, hours, choices and lengths', () => {
    expect(problems('identity', { birthDate: '1990-02-30' })).toEqual({ birthDate: 'dateFormat' });
    expect(problems('identity', { birthDate: '2030-01-01' })).toEqual({ birthDate: 'futureDate' });
    expect(problems('identity', { birthDate: '1990-02-28' })).toEqual({});
    const training = {
      title: 'Pelatihan PSP',
      organiser: 'Kemensos',
      year: '2022',
      trainingKind: 'profesi',
    };
    expect(problems('training', { ...training, hours: '32,5' })).toEqual({});
    expect(problems('training', { ...training, hours: '-3' })).toEqual({ hours: 'hoursFormat' });
    expect(problems('training', { ...training, trainingKind: 'lain' })).toEqual({
      trainingKind: 'unknownChoice',
    });
    expect(
      problems('awards', { title: 'x'.repeat(201), giver: 'Wali Kota', year: '2021' }),
    ).toEqual({ title: 'tooLong' });
  });
});

describe('filled parts', () => {
  it('counts a part once it has an entry with something in it', () => {
    const filled = filledCvSections([
      { section: 'education', values: { institution: 'Poltekesos' } },
      { section: 'awards', values: { title: '  ' } },
      { section: 'education', values: { institution: 'UI' } },
    ]);
    expect([...filled]).toEqual(['education']);
  });
});
