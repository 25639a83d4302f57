import { weekStart } from './totals';

/** Upper limits (exclusive) of the heat map's shades after "none": under 2, 4 and 8 hours. */
export const HEAT_LIMITS_HOURS = [2, 4, 8] as const;

/** 0 = no practice; 1–3 = under each limit; 4 = the last limit or more. */
export type HeatLevel = 0 | 1 | 2 | 3 | 4;

export function heatLevel(minutes: number): HeatLevel {
  if (minutes <= 0) return 0;
  const below = HEAT_LIMITS_HOURS.findIndex((limit) => minutes < limit * 60);
  return (below === -1 ? HEAT_LIMITS_HOURS.length + 1 : below + 1) as HeatLevel;
}

/** A calendar date moved by whole days; computed in UTC so the user's time zone cannot shift it. */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export interface CalendarDay {
  date: string;
  minutes: number;
  level: HeatLevel;
}

/** One column of the heat map: Monday to Sunday, with `null` for days after today. */
export interface CalendarWeek {
  monday: string;
  days: (CalendarDay | null)[];
}

export const CALENDAR_WEEKS = 53;

/** The last `weeks` ISO weeks up to and including today's, oldest first. */
export function calendarWeeks(
  byDay: ReadonlyMap<string, number>,
  today: string,
  weeks = CALENDAR_WEEKS,
): CalendarWeek[] {
  const firstMonday = addDays(weekStart(today), -7 * (weeks - 1));
  return Array.from({ length: weeks }, (_, w) => {
    const monday = addDays(firstMonday, 7 * w);
    const days = Array.from({ length: 7 }, (_, d) => {
      const date = addDays(monday, d);
      if (date > today) return null;
      const minutes = byDay.get(date) ?? 0;
      return { date, minutes, level: heatLevel(minutes) };
    });
    return { monday, days };
  });
}

export const CHART_WEEKS = 26;

/** Minutes in each of the last `weeks` ISO weeks up to today's, oldest first; empty weeks are 0. */
export function recentWeeks(
  byWeek: ReadonlyMap<string, number>,
  today: string,
  weeks = CHART_WEEKS,
): { monday: string; minutes: number }[] {
  const firstMonday = addDays(weekStart(today), -7 * (weeks - 1));
  return Array.from({ length: weeks }, (_, w) => {
    const monday = addDays(firstMonday, 7 * w);
    return { monday, minutes: byWeek.get(monday) ?? 0 };
  });
}
