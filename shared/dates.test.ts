import { describe, expect, it } from 'vitest';
import { isIsoDate, localIsoDate } from './dates';

describe('localIsoDate', () => {
  it('uses the local calendar day, padded', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(localIsoDate(new Date(2026, 10, 23, 0, 1))).toBe('2026-11-23');
  });
});

describe('isIsoDate', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    for (const bad of [
      '2026-02-30',
      '2025-02-29',
      '2026-13-01',
      '26-11-23',
      '2026-11-23T00:00',
      '',
    ]) {
      expect(isIsoDate(bad), bad).toBe(false);
    }
  });
});
