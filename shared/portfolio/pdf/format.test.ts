import { describe, expect, it } from 'vitest';
import { makeFormat } from './format';

describe('makeFormat', () => {
  const id = makeFormat('id');
  const en = makeFormat('en');

  it('writes dates the way each language does', () => {
    expect(id.longDate('2026-11-23')).toBe('23 November 2026');
    expect(en.longDate('2026-11-23')).toBe('23 November 2026');
    expect(id.longDate('2026-08-17')).toBe('17 Agustus 2026');
    expect(id.shortDate('2026-08-17')).toBe('17 Agu 2026');
    expect(en.shortDate('2026-08-17')).toBe('17 Aug 2026');
    expect(id.dayMonth('2026-11-02')).toBe('2 Nov');
  });

  it('reads an instant on the local clock but a calendar date as it is', () => {
    // 20:00 UTC on the 22nd is already the 23rd in Jakarta (the tests' time zone).
    expect(id.longDate('2026-11-22T20:00:00.000Z')).toBe('23 November 2026');
    expect(id.longDate('2026-11-22')).toBe('22 November 2026');
  });

  it('writes hours with the language’s decimal mark', () => {
    expect(id.hours(150)).toBe('2,5');
    expect(en.hours(150)).toBe('2.5');
    expect(id.hours(100)).toBe('1,67');
    expect(id.number(1234.5)).toBe('1.234,5');
  });
});
