import type { KnownKeyRow, KompetenDatabase } from './database';

/** Every key marked as known, by name. */
export async function listKnownKeys(db: KompetenDatabase): Promise<KnownKeyRow[]> {
  const rows = await db.knownKeys.toArray();
  return rows.sort((a, b) => a.name.localeCompare(b.name, 'id'));
}

/**
 * Marks a key as known, under the name the assessor saw with it. Marking it again keeps the
 * first mark: the name and date it was checked under.
 */
export async function markKeyKnown(
  db: KompetenDatabase,
  key: Pick<KnownKeyRow, 'fingerprint' | 'publicKey' | 'name'>,
  now: Date = new Date(),
): Promise<KnownKeyRow> {
  return db.transaction('rw', db.knownKeys, async () => {
    const current = await db.knownKeys.get(key.fingerprint);
    if (current) return current;
    const row: KnownKeyRow = { ...key, markedAt: now.toISOString() };
    await db.knownKeys.add(row);
    return row;
  });
}

/**
 * Takes a key off the known list (undoing a mark, or forgetting a key that was wrong) and gives
 * back the row it removed, so that can be undone too.
 */
export async function forgetKnownKey(
  db: KompetenDatabase,
  fingerprint: string,
): Promise<KnownKeyRow | undefined> {
  return db.transaction('rw', db.knownKeys, async () => {
    const current = await db.knownKeys.get(fingerprint);
    await db.knownKeys.delete(fingerprint);
    return current;
  });
}

/** Puts a forgotten key back exactly as it was. */
export async function restoreKnownKey(db: KompetenDatabase, row: KnownKeyRow): Promise<void> {
  await db.knownKeys.put(row);
}
