import type { Table } from 'dexie';

export type InstallOutcome = 'installed' | 'already-installed';

/**
 * Adds versioned content (a framework pack, a question bank) under its `id@version` key once.
 * The identical content again changes nothing; different content under the same key is a
 * conflict and writes nothing, because what was made with the installed one must keep reading
 * the text it was made with.
 */
export async function installOnce<R>(
  table: Table<R, string>,
  key: string,
  row: R,
  sameContent: (stored: R) => boolean,
): Promise<InstallOutcome | 'conflict'> {
  return table.db.transaction('rw', table, async () => {
    const existing = await table.get(key);
    if (existing) return sameContent(existing) ? 'already-installed' : 'conflict';
    await table.add(row);
    return 'installed';
  });
}

/** Content compared as stored: parsed files of the same text compare equal. */
export const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
