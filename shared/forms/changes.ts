/**
 * Saving only what the user changed. A form opened earlier (in another tab, or before a restore,
 * an import or a sign-off landed) holds stale copies of fields the user never touched; writing
 * the whole form back would undo what happened meanwhile. So a save compares the form with the
 * values it started from and applies just those fields to the record as it is now.
 */
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The fields of `next` that differ from `base`; arrays and objects compare by value. */
export function changedFields<T extends object>(base: T, next: T): (keyof T)[] {
  const keys = new Set([...Object.keys(base), ...Object.keys(next)] as (keyof T)[]);
  return [...keys].filter((key) => !same(base[key], next[key]));
}

/** `current` with the changed fields taken from `next`; every other field stays as it is now. */
export function withChanges<T extends object>(current: T, next: T, fields: (keyof T)[]): T {
  const changed = new Set<PropertyKey>(fields);
  const kept = Object.entries(current).filter(([key]) => !changed.has(key));
  const taken = Object.entries(next).filter(([key]) => changed.has(key));
  return Object.fromEntries([...kept, ...taken]) as T;
}
