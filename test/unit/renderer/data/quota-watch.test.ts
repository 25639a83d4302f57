import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { KompetenDatabase } from '../../../../renderer/src/db/database';
import { isQuotaError, onQuotaFailure, watchQuota } from '../../../../renderer/src/db/quota-watch';

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** A database whose writes to `settings` fail as a full disk would make them fail. */
function fullDatabase() {
  const db = new KompetenDatabase('quota', { indexedDB: new IDBFactory(), IDBKeyRange });
  watchQuota(db);
  // Below the watch, like IndexedDB itself refusing the request.
  db.use({
    stack: 'dbcore',
    name: 'full-disk',
    level: -1,
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return name === 'settings'
          ? { ...table, mutate: () => Promise.reject(quotaError()) }
          : table;
      },
    }),
  });
  return db;
}

describe('quota watch', () => {
  let stop: (() => void) | undefined;
  afterEach(() => stop?.());

  it('reports a write refused for lack of space, and the caller still gets the error', async () => {
    const db = fullDatabase();
    let reports = 0;
    stop = onQuotaFailure(() => reports++);
    await expect(db.settings.put({ id: 'me', language: 'en' })).rejects.toThrow(/quota/i);
    expect(reports).toBeGreaterThan(0);
    // Other writes go through and report nothing.
    const before = reports;
    await db.profile.put({ id: 'me' } as never);
    expect(reports).toBe(before);
    db.close();
  });

  it('tells quota errors from others, also when Dexie wraps them', () => {
    expect(isQuotaError(quotaError())).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: quotaError() })).toBe(true);
    expect(isQuotaError(new DOMException('x', 'ConstraintError'))).toBe(false);
    expect(isQuotaError(undefined)).toBe(false);
  });

  it('stops reporting to a listener that unsubscribed', async () => {
    const db = fullDatabase();
    let reports = 0;
    onQuotaFailure(() => reports++)();
    await expect(db.settings.put({ id: 'me' })).rejects.toThrow();
    expect(reports).toBe(0);
    db.close();
  });
});
