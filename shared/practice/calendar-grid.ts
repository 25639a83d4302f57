import { addDays, type CalendarDay, type CalendarWeek } from './calendar';

/** A day's place in the heat map: its week (column) and weekday (row, Monday first). */
export type GridPosition = [week: number, day: number];

/** Where each day of the grid stands, by date. */
export function dayPositions(weeks: readonly CalendarWeek[]): Map<string, GridPosition> {
  const map = new Map<string, GridPosition>();
  weeks.forEach((week, w) => week.days.forEach((day, d) => day && map.set(day.date, [w, d])));
  return map;
}

/**
 * The day an arrow key, Home or End moves to from a place in the grid, as in the ARIA grid
 * pattern: `undefined` for any other key, `null` where the move leaves the grid.
 */
export function dayAfterKey(
  weeks: readonly CalendarWeek[],
  [w, d]: GridPosition,
  key: string,
): CalendarDay | null | undefined {
  const lastWeek = weeks.length - 1;
  const targets: Partial<Record<string, GridPosition>> = {
    ArrowLeft: [w - 1, d],
    ArrowRight: [w + 1, d],
    ArrowUp: [w, d - 1],
    ArrowDown: [w, d + 1],
    Home: [0, d],
    End: [lastWeek, d],
  };
  const target = targets[key];
  if (!target) return undefined;
  const [tw, td] = target;
  // End on a weekday still to come this week lands on that weekday last week.
  return weeks[tw]?.days[td] ?? (key === 'End' ? weeks[tw - 1]?.days[td] : null) ?? null;
}

/**
 * The date whose month names a week's column: the column holding a month's 1st day carries that
 * month's name (its Sunday's month); `null` for the other columns.
 */
export function monthNamedBy(monday: string): string | null {
  const sunday = addDays(monday, 6);
  const startsMonth = monday.endsWith('-01') || sunday.slice(5, 7) !== monday.slice(5, 7);
  return startsMonth ? sunday : null;
}
