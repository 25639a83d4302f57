/**
 * Canonical JSON: one exact text for one value, so a signature made on one machine verifies on
 * another. Object keys are sorted, there is no whitespace, and only JSON values are allowed
 * (plain objects, arrays, strings, finite numbers, booleans, null). Properties whose value is
 * `undefined` are left out, as JSON.stringify does; anything else throws.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') {
    return JSON.stringify(value);
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`Canonical JSON has no ${value}`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    return `[${value
      .map((item: unknown) => {
        if (item === undefined) throw new TypeError('Canonical JSON has no undefined in arrays');
        return canonicalJson(item);
      })
      .join(',')}]`;
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  throw new TypeError(`Canonical JSON cannot hold a ${typeof value}`);
}

/** The canonical text as UTF-8 bytes, which is what gets signed and hashed. */
export const canonicalBytes = (value: unknown): Uint8Array<ArrayBuffer> =>
  new TextEncoder().encode(canonicalJson(value));
