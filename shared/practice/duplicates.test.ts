import { describe, expect, it } from 'vitest';
import { countLikelyDuplicates } from './duplicates';
import { testPracticeEntry } from '../../test/support/entry';

describe('spotting entries imported twice', () => {
  it('counts new entries with the same day, times, minutes and agency as one in the log', () => {
    const log = [testPracticeEntry(), testPracticeEntry({ id: 'e2', date: '2026-11-03' })];
    const incoming = [
      testPracticeEntry({ agency: 'dinas sosial kota bandung ' }),
      testPracticeEntry({ endTime: '12:00', minutes: 180 }),
      testPracticeEntry({ date: '2026-11-04' }),
    ];
    expect(countLikelyDuplicates(incoming, log)).toBe(1);
    expect(countLikelyDuplicates(incoming, [])).toBe(0);
  });
});
