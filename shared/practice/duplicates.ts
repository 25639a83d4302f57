import type { PracticeEntryData } from './entry';

type Keyed = Pick<PracticeEntryData, 'date' | 'startTime' | 'endTime' | 'minutes' | 'agency'>;

const keyOf = (e: Keyed) =>
  [e.date, e.startTime, e.endTime, e.minutes, e.agency.trim().toLocaleLowerCase('id')].join('|');

/**
 * How many new entries look like ones already in the log (same day, times, minutes and agency):
 * importing the same spreadsheet twice would count those hours twice.
 */
export function countLikelyDuplicates(incoming: readonly Keyed[], existing: readonly Keyed[]) {
  const known = new Set(existing.map(keyOf));
  return incoming.filter((entry) => known.has(keyOf(entry))).length;
}
