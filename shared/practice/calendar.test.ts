import { describe, expect, it } from 'vitest';
import { localIsoDate } from '../dates';
import {
  addDays,
  CALENDAR_WEEKS,
  calendarWeeks,
  CHART_WEEKS,
  heatLevel,
  recentWeeks,
} from './calendar';
import { practiceTotals, weekStart } from './totals';

describe('heat levels', () => {
  it('puts hours in the buckets 0, under 2, under 4, under 8 and 8 or more', () => {
    expect([0, 1, 119, 120, 239, 240, 479, 480, 1440].map(heatLevel)).toEqual([
      0, 1, 1, 2, 2, 3, 3, 4, 4,
    ]);
  });
});

describe('addDays', () => {
  it('crosses months, leap days and years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2026-03-10', -364)).toBe('2025-03-11');
  });

  it('gives the same date as the local clock, in Jakarta too', () => {
    // Midnight local time is still the previous day in UTC; the result must not move.
    const start = new Date(2026, 0, 31);
    const later = new Date(2026, 0, 31 + 30);
    expect(addDays(localIsoDate(start), 30)).toBe(localIsoDate(later));
  });
});

describe('calendar weeks', () => {
  const today = '2026-03-11'; // a Wednesday

  it('has 53 columns of Monday to Sunday, ending with the current week', () => {
    const weeks = calendarWeeks(new Map(), today);
    expect(weeks).toHaveLength(CALENDAR_WEEKS);
    expect(weeks.at(-1)?.monday).toBe('2026-03-09');
    expect(weeks[0]?.monday).toBe('2025-03-10');
    for (const week of weeks) {
      expect(weekStart(week.monday)).toBe(week.monday);
      expect(week.days).toHaveLength(7);
    }
    expect(weeks[0]?.days.map((d) => d?.date)).toEqual([
      '2025-03-10',
      '2025-03-11',
      '2025-03-12',
      '2025-03-13',
      '2025-03-14',
      '2025-03-15',
      '2025-03-16',
    ]);
  });

  it('leaves the days after today empty, and only those', () => {
    const weeks = calendarWeeks(new Map(), today);
    expect(weeks.at(-1)?.days.map((d) => d?.date ?? null)).toEqual([
      '2026-03-09',
      '2026-03-10',
      '2026-03-11',
      null,
      null,
      null,
      null,
    ]);
    expect(weeks.slice(0, -1).every((w) => w.days.every((d) => d !== null))).toBe(true);
  });

  it('fills the whole last week on a Sunday and only its Monday on a Monday', () => {
    expect(calendarWeeks(new Map(), '2026-03-15').at(-1)?.days.every(Boolean)).toBe(true);
    const monday = calendarWeeks(new Map(), '2026-03-16').at(-1);
    expect(monday?.days.filter(Boolean)).toHaveLength(1);
  });

  it('takes minutes per day from the totals and shades them', () => {
    const totals = practiceTotals(
      [
        { date: '2026-03-10', minutes: 90 },
        { date: '2026-03-10', minutes: 60 },
        { date: '2026-01-05', minutes: 480 },
        { date: '2024-01-01', minutes: 600 }, // before the calendar: not shown
      ].map((e) => ({
        ...e,
        field: 'anak',
        practiceLevel: '' as const,
        practiceForm: '' as const,
        stage: '' as const,
        activityKind: 'kontak-langsung' as const,
      })),
    );
    const days = calendarWeeks(totals.byDay, today)
      .flatMap((w) => w.days)
      .filter((d) => d !== null);
    expect(days).toHaveLength(52 * 7 + 3);
    expect(days.find((d) => d.date === '2026-03-10')).toEqual({
      date: '2026-03-10',
      minutes: 150,
      level: 2,
    });
    expect(days.find((d) => d.date === '2026-01-05')?.level).toBe(4);
    expect(days.filter((d) => d.minutes > 0)).toHaveLength(2);
    expect(days.find((d) => d.date === '2026-03-09')).toEqual({
      date: '2026-03-09',
      minutes: 0,
      level: 0,
    });
  });

  it('runs across a year boundary', () => {
    const weeks = calendarWeeks(new Map(), '2026-01-01', 2);
    expect(weeks.map((w) => w.monday)).toEqual(['2025-12-22', '2025-12-29']);
    expect(weeks[1]?.days.map((d) => d?.date ?? null)).toEqual([
      '2025-12-29',
      '2025-12-30',
      '2025-12-31',
      '2026-01-01',
      null,
      null,
      null,
    ]);
  });
});

describe('recent weeks', () => {
  it('lists 26 Mondays up to this week, with 0 for weeks without practice', () => {
    const byWeek = new Map([
      ['2026-03-09', 120],
      ['2025-12-29', 45],
      ['2025-09-08', 600], // the week before the first one shown
    ]);
    const weeks = recentWeeks(byWeek, '2026-03-15');
    expect(weeks).toHaveLength(CHART_WEEKS);
    expect(weeks[0]).toEqual({ monday: '2025-09-15', minutes: 0 });
    expect(weeks.at(-1)).toEqual({ monday: '2026-03-09', minutes: 120 });
    expect(weeks.find((w) => w.monday === '2025-12-29')?.minutes).toBe(45);
    expect(weeks.reduce((sum, w) => sum + w.minutes, 0)).toBe(165);
    weeks.slice(1).forEach((w, i) => expect(addDays(weeks[i]!.monday, 7)).toBe(w.monday));
  });
});
