// @vitest-environment happy-dom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../renderer/src/i18n';
import { formatFor, useFormat } from '../../../renderer/src/ui/format';

afterEach(async () => {
  cleanup();
  await act(() => i18n.changeLanguage('id'));
});

const id = formatFor('id', i18n.getFixedT('id'));
const en = formatFor('en', i18n.getFixedT('en'));

// The strings are what Intl writes on this Node; the tests run at UTC+7 (test/vitest.config.ts).
describe('formatting for people, in each UI language', () => {
  it('writes numbers with a decimal comma in Indonesian and a point in English', () => {
    expect(id.number(1234.5)).toBe('1.234,5');
    expect(en.number(1234.5)).toBe('1,234.5');
    expect(id.number(2 / 3)).toBe('0,667');
    expect(id.number(2 / 3, 2)).toBe('0,67');
    expect(en.number(2 / 3, 2)).toBe('0.67');
    expect(id.number(72.6, 0)).toBe('73');
    expect(id.typedNumber(1234.5)).toBe('1234,5');
    expect(en.typedNumber(1234.567)).toBe('1234.57');
  });

  it('writes a share as whole percents, or as told, and a dash when there is none', () => {
    expect(id.percent(0.734)).toBe('73%');
    expect(en.percent(0.734)).toBe('73%');
    expect(id.percent(0.1234, 1)).toBe('12,3%');
    expect(en.percent(0.1234, 1)).toBe('12.3%');
    expect(id.percent(null)).toBe('–');
    expect(en.percent(null)).toBe('–');
  });

  it('writes minutes as hours with the words around them', () => {
    expect(id.hours(90)).toBe('1,5 jam');
    expect(en.hours(90)).toBe('1.5 h');
    expect(id.hours(100)).toBe('1,67 jam');
    expect(en.hours(120)).toBe('2 h');
  });

  it('writes sizes in the largest unit that fits', () => {
    expect(id.bytes(1536)).toBe('1,5 kB');
    expect(en.bytes(1536)).toBe('1.5 kB');
    expect(id.bytes(512)).toBe('512 byte');
    expect(en.bytes(30 * 1024 * 1024)).toBe('30 MB');
  });

  it('writes moments in the local time zone', () => {
    const moment = '2026-11-23T07:05:00Z';
    expect(id.dateTime(moment)).toBe('23 November 2026 pukul 14.05');
    expect(en.dateTime(moment)).toBe('23 November 2026 at 14:05');
    expect(id.shortDate(moment)).toBe('23/11/26');
    expect(en.shortDate(moment)).toBe('23/11/2026');
  });

  it('writes calendar days as they are, whatever the time zone, and keeps impossible ones', () => {
    expect(id.day('2026-11-23', { dateStyle: 'full' })).toBe('Senin, 23 November 2026');
    expect(en.day('2026-11-23', { dateStyle: 'full' })).toBe('Monday, 23 November 2026');
    expect(id.day('2026-11-23', { day: 'numeric', month: 'short' })).toBe('23 Nov');
    expect(id.day('2026-02-30', { dateStyle: 'medium' })).toBe('2026-02-30');
    expect(en.day('kemarin', { dateStyle: 'medium' })).toBe('kemarin');
  });

  it('names languages in the UI language', () => {
    expect(id.languageName('en')).toBe('Inggris');
    expect(en.languageName('id')).toBe('Indonesian');
    expect(en.languageName('not a code')).toBe('not a code');
  });
});

describe('useFormat', () => {
  it('follows the UI language', async () => {
    const { result } = renderHook(() => useFormat());
    expect(result.current.hours(90)).toBe('1,5 jam');
    const before = result.current;
    await act(() => i18n.changeLanguage('en'));
    expect(result.current.hours(90)).toBe('1.5 h');
    expect(result.current).not.toBe(before);
  });

  it('keeps the same formatters while the language stays', () => {
    const { result, rerender } = renderHook(() => useFormat());
    const first = result.current;
    rerender();
    expect(result.current).toBe(first);
  });
});
