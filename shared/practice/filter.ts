import { signoffState, type Signoff, type SignoffState } from '../signoff/state';
import type { PracticeEntry } from './entry';
import { PRACTICE_DIMENSIONS, type PracticeDimension } from './totals';

/** An entry as the log keeps it: the work, and where it stands with its supervisor. */
export type LoggedEntry = PracticeEntry & { signoff?: Signoff };

export const SORT_KEYS = ['date', 'minutes', 'agency'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** What the list shows. Blank strings mean "any". */
export type PracticeQuery = Record<PracticeDimension, string> & {
  from: string;
  to: string;
  /** A supervisor's id, `none` for entries without one, or blank. */
  supervisorId: string;
  state: SignoffState | '';
  text: string;
  sort: SortKey;
  descending: boolean;
};

export const EMPTY_QUERY: PracticeQuery = {
  from: '',
  to: '',
  field: '',
  practiceLevel: '',
  practiceForm: '',
  stage: '',
  activityKind: '',
  supervisorId: '',
  state: '',
  text: '',
  sort: 'date',
  descending: true,
};

/** Lower case without accents, so "lansia" finds "Lansia" and "kegiatan" finds "kégiatan". */
export const normalise = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

export interface IndexedEntry<E extends LoggedEntry = LoggedEntry> {
  entry: E;
  state: SignoffState;
  /** Everything searchable, normalised once. */
  text: string;
}

/**
 * Work done once per change of the log, not per keystroke: sign-off states (which compare the
 * signed text) and the search text. `words` adds display words, e.g. a field's label.
 */
export function indexEntries<E extends LoggedEntry>(
  entries: readonly E[],
  words: (entry: E) => string = () => '',
): IndexedEntry<E>[] {
  return entries.map((entry) => ({
    entry,
    state: signoffState(entry),
    text: normalise(
      [entry.agency, entry.setting, entry.narrative, entry.date, words(entry)].join('\n'),
    ),
  }));
}

const compareBy: Record<SortKey, (a: LoggedEntry, b: LoggedEntry) => number> = {
  date: (a, b) =>
    a.date.localeCompare(b.date) ||
    a.startTime.localeCompare(b.startTime) ||
    a.id.localeCompare(b.id),
  minutes: (a, b) => a.minutes - b.minutes || a.date.localeCompare(b.date),
  agency: (a, b) => a.agency.localeCompare(b.agency, 'id') || a.date.localeCompare(b.date),
};

/** The entries matching every filter and all search words, in the chosen order. */
export function queryEntries<E extends LoggedEntry>(
  indexed: readonly IndexedEntry<E>[],
  query: PracticeQuery,
): IndexedEntry<E>[] {
  const words = normalise(query.text).split(/\s+/).filter(Boolean);
  const dimensions = PRACTICE_DIMENSIONS.filter((d) => query[d] !== '');
  const result = indexed.filter(({ entry, state, text }) => {
    if (query.from && entry.date < query.from) return false;
    if (query.to && entry.date > query.to) return false;
    if (query.state && state !== query.state) return false;
    if (query.supervisorId) {
      const wanted = query.supervisorId === 'none' ? '' : query.supervisorId;
      if (entry.supervisorId !== wanted) return false;
    }
    for (const d of dimensions) if (entry[d] !== query[d]) return false;
    return words.every((w) => text.includes(w));
  });
  const compare = compareBy[query.sort];
  return result.sort((a, b) =>
    query.descending ? compare(b.entry, a.entry) : compare(a.entry, b.entry),
  );
}
