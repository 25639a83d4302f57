import type { PracticeEntry } from './entry';

/**
 * Hours reported for eligibility are not in any regulation we found; 900 hours is what is
 * reported for the education route, so it is only the default and the user can change it.
 */
export const DEFAULT_TOTAL_TARGET_HOURS = 900;

/** The ways entries are grouped for totals and per-category targets. */
export const PRACTICE_DIMENSIONS = [
  'field',
  'practiceLevel',
  'practiceForm',
  'stage',
  'activityKind',
] as const;
export type PracticeDimension = (typeof PRACTICE_DIMENSIONS)[number];

type Counted = Pick<PracticeEntry, 'date' | 'minutes' | PracticeDimension>;

export interface PracticeTotals {
  minutes: number;
  entries: number;
  /** Minutes per value of each dimension; entries without a value are left out of that one. */
  by: Record<PracticeDimension, Map<string, number>>;
  /** Minutes per ISO week, keyed by its Monday (YYYY-MM-DD). */
  byWeek: Map<string, number>;
  /** Minutes per day, for the calendar heat map. */
  byDay: Map<string, number>;
}

/** The Monday of the ISO week a date falls in. */
export function weekStart(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  const daysSinceMonday = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - daysSinceMonday);
  return date.toISOString().slice(0, 10);
}

const addTo = (map: Map<string, number>, key: string, minutes: number) =>
  map.set(key, (map.get(key) ?? 0) + minutes);

/** Every total the log shows, in one pass over the entries. */
export function practiceTotals(entries: readonly Counted[]): PracticeTotals {
  const totals: PracticeTotals = {
    minutes: 0,
    entries: entries.length,
    by: {
      field: new Map(),
      practiceLevel: new Map(),
      practiceForm: new Map(),
      stage: new Map(),
      activityKind: new Map(),
    },
    byWeek: new Map(),
    byDay: new Map(),
  };
  // Weeks repeat across entries; remember each date's Monday instead of recomputing it.
  const mondays = new Map<string, string>();
  for (const entry of entries) {
    totals.minutes += entry.minutes;
    for (const dimension of PRACTICE_DIMENSIONS) {
      const value = entry[dimension];
      if (value) addTo(totals.by[dimension], value, entry.minutes);
    }
    let monday = mondays.get(entry.date);
    if (!monday) {
      monday = weekStart(entry.date);
      mondays.set(entry.date, monday);
    }
    addTo(totals.byWeek, monday, entry.minutes);
    addTo(totals.byDay, entry.date, entry.minutes);
  }
  return totals;
}

/** Targets in hours: a total and optional minimums per category value. */
export interface PracticeTargets {
  totalHours: number;
  minimums: { dimension: PracticeDimension; value: string; hours: number }[];
}

export const DEFAULT_PRACTICE_TARGETS: PracticeTargets = {
  totalHours: DEFAULT_TOTAL_TARGET_HOURS,
  minimums: [],
};

export interface TargetProgress {
  dimension: PracticeDimension | 'total';
  value: string;
  targetHours: number;
  doneHours: number;
  /** 0–1, capped at 1. */
  ratio: number;
}

const toHours = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

/** How far the log is towards each target, the total first. */
export function targetProgress(totals: PracticeTotals, targets: PracticeTargets): TargetProgress[] {
  const progress = (
    dimension: TargetProgress['dimension'],
    value: string,
    targetHours: number,
    minutes: number,
  ): TargetProgress => ({
    dimension,
    value,
    targetHours,
    doneHours: toHours(minutes),
    ratio: targetHours > 0 ? Math.min(1, minutes / 60 / targetHours) : 1,
  });
  return [
    progress('total', '', targets.totalHours, totals.minutes),
    ...targets.minimums.map((m) =>
      progress(m.dimension, m.value, m.hours, totals.by[m.dimension].get(m.value) ?? 0),
    ),
  ];
}
