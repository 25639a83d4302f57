import { BACKUP_FILE, type BackupReason } from '../../../../shared/backup/file';
import { writeBackup } from '../../../../shared/backup/write';
import { localIsoDate } from '../../../../shared/dates';
import type { KompetenDatabase } from '../../db/database';
import { readSnapshot } from '../../db/backup-repository';
import type { Bridge, SaveFileResult } from '../../platform/bridge';

/** A full backup of the database as file bytes, locked when a passphrase is given. */
export async function makeBackup(
  db: KompetenDatabase,
  bridge: Pick<Bridge, 'appInfo'>,
  reason: BackupReason,
  passphrase?: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const [snapshot, { version }] = await Promise.all([readSnapshot(db), bridge.appInfo()]);
  const meta = { appVersion: version, createdAt: new Date().toISOString(), reason };
  return writeBackup(snapshot, meta, passphrase ? { passphrase } : {});
}

/** kompeten-cadangan-2026-11-23.kompeten-cadangan, or with a prefix saying why it was made. */
export const backupFileName = (now: Date, prefix = 'kompeten-cadangan') =>
  `${prefix}-${localIsoDate(now)}.${BACKUP_FILE.extension}`;

/** Through the save dialog on the desktop, as a download in the browser. */
export function saveBackupFile(
  bridge: Pick<Bridge, 'saveFile'>,
  data: Uint8Array<ArrayBuffer>,
  suggestedName: string,
  filterName: string,
): Promise<SaveFileResult> {
  return bridge.saveFile({
    suggestedName,
    filters: [{ name: filterName, extensions: [BACKUP_FILE.extension] }],
    data,
    mimeType: 'application/zip',
  });
}

/** Where the copy of the current state taken before a restore went. */
export type SafetyCopy = { where: 'folder'; name: string } | { where: 'download'; name: string };

/**
 * Before a restore changes anything, the current state is kept: in the automatic backups folder
 * on the desktop, as a download in the browser. Null when the user cancelled the save.
 */
export async function keepCurrentState(
  db: KompetenDatabase,
  bridge: Bridge,
  filterName: string,
): Promise<SafetyCopy | null> {
  const bytes = await makeBackup(db, bridge, 'before-restore');
  if (bridge.autoBackups) {
    const info = await bridge.autoBackups.write('before-restore', bytes);
    return { where: 'folder', name: info.name };
  }
  const name = backupFileName(new Date(), 'kompeten-sebelum-pemulihan');
  const saved = await saveBackupFile(bridge, bytes, name, filterName);
  return saved.saved ? { where: 'download', name: saved.fileName } : null;
}
