import { describe, expect, it } from 'vitest';
import { calendarWeeks } from './calendar';
import { dayAfterKey, dayPositions, monthNamedBy } from './calendar-grid';

// A Wednesday: the last column holds Monday to Wednesday, then three days still to come.
const TODAY = '2026-03-11';
const weeks = calendarWeeks(new Map(), TODAY, 3);
const positions = dayPositions(weeks);

describe('the heat map grid', () => {
  it('knows where every day up to today stands', () => {
    expect(positions.size).toBe(7 + 7 + 3);
    expect(positions.get('2026-02-23')).toEqual([0, 0]);
    expect(positions.get(TODAY)).toEqual([2, 2]);
    expect(positions.has('2026-03-12')).toBe(false);
  });

  it('moves a day or a week with the arrow keys, and to the first week with Home', () => {
    const at = (key: string) => dayAfterKey(weeks, [1, 3], key)?.date;
    expect(at('ArrowLeft')).toBe('2026-02-26');
    expect(at('ArrowUp')).toBe('2026-03-04');
    expect(at('ArrowDown')).toBe('2026-03-06');
    expect(at('Home')).toBe('2026-02-26');
  });

  it('says null off the grid, and undefined for keys that do not move', () => {
    // Thursday 12 March is still to come.
    expect(dayAfterKey(weeks, [1, 3], 'ArrowRight')).toBeNull();
    expect(dayAfterKey(weeks, [0, 0], 'ArrowLeft')).toBeNull();
    expect(dayAfterKey(weeks, [0, 0], 'ArrowUp')).toBeNull();
    expect(dayAfterKey(weeks, [2, 2], 'ArrowDown')).toBeNull();
    expect(dayAfterKey(weeks, [0, 0], 'Enter')).toBeUndefined();
  });

  it('lands End on last week for a weekday still to come', () => {
    expect(dayAfterKey(weeks, [0, 1], 'End')?.date).toBe('2026-03-10');
    expect(dayAfterKey(weeks, [0, 5], 'End')?.date).toBe('2026-03-07');
  });

  it('names a month on the column holding its first day', () => {
    expect(monthNamedBy('2026-02-23')).toBe('2026-03-01');
    expect(monthNamedBy('2026-06-01')).toBe('2026-06-07');
    expect(monthNamedBy('2026-03-02')).toBeNull();
  });
});
