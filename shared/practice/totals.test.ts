import { describe, expect, it } from 'vitest';
import type { PracticeEntry } from './entry';
import { practiceTotals, targetProgress, weekStart } from './totals';

type Row = Pick<
  PracticeEntry,
  'date' | 'minutes' | 'field' | 'practiceLevel' | 'practiceForm' | 'stage' | 'activityKind'
>;
const row = (date: string, minutes: number, more: Partial<Row> = {}): Row => ({
  date,
  minutes,
  field: 'anak',
  practiceLevel: 'mikro',
  practiceForm: '',
  stage: 'asesmen',
  activityKind: 'kontak-langsung',
  ...more,
});

describe('practice totals', () => {
  it('finds the Monday of the ISO week, across months and years', () => {
    expect(weekStart('2026-11-23')).toBe('2026-11-23'); // a Monday
    expect(weekStart('2026-11-29')).toBe('2026-11-23'); // the Sunday after
    expect(weekStart('2026-01-01')).toBe('2025-12-29');
  });

  it('adds minutes overall, per category, per week and per day', () => {
    const totals = practiceTotals([
      row('2026-11-23', 120),
      row('2026-11-24', 90, { field: 'lanjut-usia', activityKind: 'supervisi', stage: '' }),
      row('2026-11-24', 30),
      row('2026-11-30', 60, { practiceLevel: 'makro', practiceForm: 'community-organization' }),
    ]);
    expect(totals.minutes).toBe(300);
    expect(totals.entries).toBe(4);
    expect(Object.fromEntries(totals.by.field)).toEqual({ anak: 210, 'lanjut-usia': 90 });
    expect(Object.fromEntries(totals.by.stage)).toEqual({ asesmen: 210 });
    expect(Object.fromEntries(totals.by.practiceForm)).toEqual({ 'community-organization': 60 });
    expect(Object.fromEntries(totals.byWeek)).toEqual({ '2026-11-23': 240, '2026-11-30': 60 });
    expect(totals.byDay.get('2026-11-24')).toBe(120);
  });

  it('is zero for an empty log', () => {
    const totals = practiceTotals([]);
    expect(totals.minutes).toBe(0);
    expect(totals.byWeek.size).toBe(0);
  });
});

describe('target progress', () => {
  it('reports the total and each minimum in hours, capped at done', () => {
    const totals = practiceTotals([
      row('2026-11-23', 450 * 60),
      row('2026-11-24', 30 * 60, { activityKind: 'supervisi' }),
    ]);
    const progress = targetProgress(totals, {
      totalHours: 900,
      minimums: [
        { dimension: 'activityKind', value: 'supervisi', hours: 20 },
        { dimension: 'field', value: 'disabilitas', hours: 40 },
      ],
    });
    expect(progress).toEqual([
      { dimension: 'total', value: '', targetHours: 900, doneHours: 480, ratio: 480 / 900 },
      { dimension: 'activityKind', value: 'supervisi', targetHours: 20, doneHours: 30, ratio: 1 },
      { dimension: 'field', value: 'disabilitas', targetHours: 40, doneHours: 0, ratio: 0 },
    ]);
  });
});
