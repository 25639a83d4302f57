import { describe, expect, it } from 'vitest';
import {
  parseDuration,
  parseTime,
  practiceEntryInputSchema,
  practiceWarnings,
  type PracticeEntryInput,
} from './entry';

const TODAY = '2026-11-23';
const base: PracticeEntryInput = {
  date: '2026-11-20',
  startTime: '',
  endTime: '',
  duration: '',
  agency: 'Dinas Sosial Kota Bandung',
  setting: 'Kunjungan rumah',
  field: 'anak',
  practiceLevel: 'mikro',
  practiceForm: 'social-casework',
  stage: 'asesmen',
  activityKind: 'kontak-langsung',
  criterionRefs: [],
  narrative: '',
  supervisorId: '',
};

function problems(input: Partial<PracticeEntryInput>) {
  const result = practiceEntryInputSchema(TODAY).safeParse({ ...base, ...input });
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('reading times and durations', () => {
  it('reads clock times', () => {
    expect(parseTime('08:30')).toBe(510);
    expect(parseTime('23.59')).toBe(1439);
    expect(parseTime('24:00')).toBeNull();
    expect(parseTime('8:30')).toBeNull();
  });

  it('reads durations written with a comma, a point or as hours and minutes', () => {
    expect(parseDuration('1,5')).toBe(90);
    expect(parseDuration('2.25')).toBe(135);
    expect(parseDuration('3')).toBe(180);
    expect(parseDuration('1:30')).toBe(90);
    expect(parseDuration('-1')).toBe(-60);
    expect(parseDuration('satu jam')).toBeNull();
    expect(parseDuration('1,5,5')).toBeNull();
  });
});

describe('practice entry validation', () => {
  it('takes the minutes from the times, or else from the duration', () => {
    const schema = practiceEntryInputSchema(TODAY);
    expect(schema.parse({ ...base, startTime: '08:00', endTime: '11:30' }).minutes).toBe(210);
    expect(schema.parse({ ...base, duration: '2,5' }).minutes).toBe(150);
  });

  it('refuses zero, negative and impossible durations', () => {
    expect(problems({ duration: '0' })).toEqual({ duration: 'durationNotPositive' });
    expect(problems({ duration: '-2' })).toEqual({ duration: 'durationNotPositive' });
    expect(problems({ duration: '25' })).toEqual({ duration: 'durationTooLong' });
    expect(problems({ duration: 'dua' })).toEqual({ duration: 'durationFormat' });
    expect(problems({})).toEqual({ duration: 'timeOrDuration' });
  });

  it('wants an end after the start, both times, and real clock times', () => {
    expect(problems({ startTime: '10:00', endTime: '09:00' })).toEqual({
      endTime: 'endNotAfterStart',
    });
    expect(problems({ startTime: '10:00', endTime: '10:00' })).toEqual({
      endTime: 'endNotAfterStart',
    });
    expect(problems({ startTime: '10:00' })).toEqual({ endTime: 'timePair' });
    expect(problems({ endTime: '10:00' })).toEqual({ startTime: 'timePair' });
    expect(problems({ startTime: '25:00', endTime: '26:00' })).toEqual({
      startTime: 'timeFormat',
    });
  });

  it('refuses future and impossible dates and names missing fields', () => {
    expect(problems({ duration: '1', date: '2026-11-24' })).toEqual({ date: 'futureDate' });
    expect(problems({ duration: '1', date: '2026-02-30' })).toEqual({ date: 'dateFormat' });
    expect(problems({ duration: '1', agency: ' ', field: '' })).toEqual({
      agency: 'required',
      field: 'required',
    });
    expect(
      problems({ duration: '1', activityKind: '' as PracticeEntryInput['activityKind'] }),
    ).toEqual({ activityKind: 'required' });
  });

  it('reports a timing problem together with problems in other fields', () => {
    expect(problems({ agency: '', field: '', startTime: '10:00', endTime: '09:00' })).toEqual({
      agency: 'required',
      field: 'required',
      endTime: 'endNotAfterStart',
    });
  });

  it('accepts a field of practice the user added, but only as a short id', () => {
    expect(problems({ duration: '1', field: 'pekerja-migran' })).toEqual({});
    expect(problems({ duration: '1', field: 'Pekerja Migran!' })).toEqual({
      field: 'fieldFormat',
    });
  });
});

describe('practice warnings', () => {
  const entry = (
    id: string,
    date: string,
    startTime: string,
    endTime: string,
    minutes: number,
  ) => ({
    id,
    date,
    startTime,
    endTime,
    minutes,
  });

  it('flags entries that overlap on the same day, and only those', () => {
    const warnings = practiceWarnings([
      entry('a', '2026-11-20', '08:00', '10:00', 120),
      entry('b', '2026-11-20', '09:30', '11:00', 90),
      entry('c', '2026-11-20', '11:00', '12:00', 60),
      entry('d', '2026-11-21', '09:00', '10:00', 60),
      entry('e', '2026-11-20', '', '', 60),
    ]);
    expect(warnings.get('a')).toEqual([{ kind: 'overlap', withId: 'b' }]);
    expect(warnings.get('b')).toEqual([{ kind: 'overlap', withId: 'a' }]);
    expect(warnings.has('c')).toBe(false);
    expect(warnings.has('d')).toBe(false);
    expect(warnings.has('e')).toBe(false);
  });

  it('flags every entry of a day over 12 hours', () => {
    const warnings = practiceWarnings([
      entry('a', '2026-11-20', '', '', 8 * 60),
      entry('b', '2026-11-20', '', '', 5 * 60),
      entry('c', '2026-11-19', '', '', 12 * 60),
    ]);
    expect(warnings.get('a')).toEqual([{ kind: 'longDay', date: '2026-11-20', minutes: 780 }]);
    expect(warnings.get('b')).toHaveLength(1);
    expect(warnings.has('c')).toBe(false);
  });
});
