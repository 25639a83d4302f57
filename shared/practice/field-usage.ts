import { DEFAULT_FIELDS_OF_PRACTICE, type FieldOfPractice } from '../domain/fields-of-practice';

/** Entries per field, so a field in use is never removed from under them. */
export function entriesPerField(entries: readonly { field: string }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const entry of entries) counts.set(entry.field, (counts.get(entry.field) ?? 0) + 1);
  return counts;
}

/** The default fields hidden once one of them is shown (`show`) or hidden, in their own order. */
export function hiddenFieldsAfter(
  hidden: ReadonlySet<string>,
  id: string,
  show: boolean,
): FieldOfPractice[] {
  return DEFAULT_FIELDS_OF_PRACTICE.filter((f) => (f === id ? !show : hidden.has(f)));
}
