import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readBackup } from '../../../../shared/backup/read';
import type { KompetenDatabase } from '../../../../renderer/src/db/database';
import {
  CHECK_EVERY_MS,
  FIRST_CHECK_AFTER_MS,
  SCHEDULE_INTERVAL_MS,
  startAutoBackups,
} from '../../../../renderer/src/features/data/auto-backup';
import type { AutoBackupInfo, AutoBackups } from '../../../../renderer/src/platform/bridge';
import { testPracticeEntry } from '../../../support/entry';
import { testDatabase } from '../../db/test-database';

/** The desktop bridge as automatic backups use it: the app's version and the folder. */
const desktop = (autoBackups: AutoBackups) => ({
  appInfo: async () => ({ version: '1.2.3', platform: 'linux' as const }),
  autoBackups,
});

const NOW = Date.parse('2026-11-23T08:00:00Z');

/** The backup folder in memory: what was written, and the quit handler the app registered. */
function memoryFolder(existing: AutoBackupInfo[] = []) {
  const written: { reason: string; data: Uint8Array }[] = [];
  let onQuit: (() => Promise<void>) | undefined;
  const folder: AutoBackups = {
    list: async () => ({ files: [...existing], folder: '/backups', freeBytes: null }),
    write: async (reason, data) => {
      written.push({ reason, data });
      const info = {
        name: `b-${written.length}`,
        createdAt: new Date().toISOString(),
        reason,
        size: data.length,
      };
      existing.unshift(info);
      return info;
    },
    read: async () => ({ status: 'missing' }),
    versionCheck: async () => ({ previousVersion: '1.2.3', currentVersion: '1.2.3' }),
    markVersionSeen: async () => undefined,
    onQuit: (handler) => (onQuit = handler),
  };
  return { folder, written, quit: () => onQuit?.() };
}

const withData = async (db: KompetenDatabase) => db.practiceEntries.put(testPracticeEntry());

describe('automatic backups', () => {
  let stop: (() => void) | undefined;
  beforeEach(() => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
    });
    vi.setSystemTime(NOW);
  });
  afterEach(() => {
    stop?.();
    vi.useRealTimers();
  });

  it('backs up at start when the newest backup is a day old, then every day', async () => {
    const db = testDatabase();
    await withData(db);
    const dayOld = new Date(NOW - SCHEDULE_INTERVAL_MS).toISOString();
    const { folder, written } = memoryFolder([
      { name: 'old', createdAt: dayOld, reason: 'quit', size: 1 },
    ]);
    stop = startAutoBackups(db, desktop(folder));
    // Not at the very start: the app opens first.
    await vi.advanceTimersByTimeAsync(FIRST_CHECK_AFTER_MS - 1000);
    expect(written).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1000);
    await vi.waitFor(() => expect(written).toHaveLength(1));
    expect(written[0]?.reason).toBe('schedule');
    const read = await readBackup(written[0]!.data as Uint8Array<ArrayBuffer>);
    if (!read.ok) throw new Error(JSON.stringify(read.problem));
    expect(read.meta).toMatchObject({ reason: 'schedule', appVersion: '1.2.3' });
    expect(read.snapshot.tables.practiceEntries.length).toBe(1);

    // An hour later nothing is due; a day later the next one is.
    await vi.advanceTimersByTimeAsync(CHECK_EVERY_MS);
    expect(written).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(SCHEDULE_INTERVAL_MS);
    await vi.waitFor(() => expect(written).toHaveLength(2));
  });

  it('does not back up at start when a recent backup exists', async () => {
    const db = testDatabase();
    await withData(db);
    const recent = new Date(NOW - CHECK_EVERY_MS).toISOString();
    const { folder, written } = memoryFolder([
      { name: 'recent', createdAt: recent, reason: 'quit', size: 1 },
    ]);
    stop = startAutoBackups(db, desktop(folder));
    await vi.advanceTimersByTimeAsync(FIRST_CHECK_AFTER_MS);
    expect(written).toHaveLength(0);
  });

  it('backs up when the app quits', async () => {
    const db = testDatabase();
    await withData(db);
    const { folder, written, quit } = memoryFolder([
      { name: 'recent', createdAt: new Date(NOW).toISOString(), reason: 'schedule', size: 1 },
    ]);
    stop = startAutoBackups(db, desktop(folder));
    await quit();
    expect(written.map((w) => w.reason)).toEqual(['quit']);
  });

  it('never backs up an empty database, so a wiped one cannot push good backups out', async () => {
    const db = testDatabase();
    const { folder, written, quit } = memoryFolder();
    stop = startAutoBackups(db, desktop(folder));
    await vi.advanceTimersByTimeAsync(SCHEDULE_INTERVAL_MS * 2);
    await quit();
    expect(written).toHaveLength(0);
  });
});
