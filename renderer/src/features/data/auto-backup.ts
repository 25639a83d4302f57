import { USER_DATA_TABLES } from '../../../../shared/storage/tables';
import type { KompetenDatabase } from '../../db/database';
import type { Bridge } from '../../platform/bridge';
import { makeBackup } from './backup-actions';
import { showQuitBackup } from './QuitBackupNotice';

/** A scheduled backup is due once the newest automatic one is a day old. */
export const SCHEDULE_INTERVAL_MS = 24 * 60 * 60 * 1000;
/** How often a running app looks whether one is due. */
export const CHECK_EVERY_MS = 60 * 60 * 1000;
/** The first look waits a little: reading and zipping a large profile should not slow the start. */
export const FIRST_CHECK_AFTER_MS = 2 * 60 * 1000;

/**
 * Whether there is anything of the user's to keep. An empty database is not backed up
 * automatically: if an update wiped IndexedDB, copies of the empty state would push the good
 * backups out of the folder one by one.
 */
export async function holdsUserData(db: KompetenDatabase): Promise<boolean> {
  const counts = await Promise.all(USER_DATA_TABLES.map((name) => db.table(name).count()));
  return counts.some((n) => n > 0);
}

/**
 * Desktop only: a backup into the app's backup folder when the newest is a day old (checked two
 * minutes after start, then every hour), and one when the app quits. Nothing in the browser.
 */
export function startAutoBackups(
  db: KompetenDatabase,
  bridge: Pick<Bridge, 'appInfo' | 'autoBackups'>,
  now: () => number = Date.now,
): () => void {
  const folder = bridge.autoBackups;
  if (!folder) return () => undefined;
  const backUp = async (reason: 'schedule' | 'quit') => {
    if (!(await holdsUserData(db))) return;
    await folder.write(reason, await makeBackup(db, bridge, reason));
  };
  folder.onQuit(() => {
    showQuitBackup();
    return backUp('quit');
  });
  const check = async () => {
    const { files } = await folder.list();
    const newest = files[0];
    if (!newest || now() - Date.parse(newest.createdAt) >= SCHEDULE_INTERVAL_MS) {
      await backUp('schedule');
    }
  };
  const run = () =>
    void check().catch((error: unknown) => console.error('Scheduled backup failed', error));
  const first = setTimeout(run, FIRST_CHECK_AFTER_MS);
  const timer = setInterval(run, CHECK_EVERY_MS);
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
