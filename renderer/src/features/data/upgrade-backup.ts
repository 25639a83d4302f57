import Dexie, { type DexieOptions } from 'dexie';
import { writeBackup } from '../../../../shared/backup/write';
import { DATABASE_NAME, type EvidenceFileRow } from '../../db/database';
import type { AutoBackups } from '../../platform/bridge';

/** Opens an existing database as it is; false when there is none (a first start). */
async function opened(db: Dexie): Promise<boolean> {
  try {
    await db.open();
    return true;
  } catch (error) {
    if (error instanceof Dexie.NoSuchDatabaseError) return false;
    throw error;
  }
}

export type UpgradeBackup = 'same-version' | 'no-database' | 'backed-up';

/**
 * On the first start of a new app version, before the database is opened with the new schema
 * (which runs its upgrade), the data is copied as it is into the backup folder. The database is
 * opened without declaring a schema, so Dexie reads it at its own version and changes nothing.
 */
export async function backupBeforeUpgrade(
  folder: AutoBackups,
  options: DexieOptions = {},
  name: string = DATABASE_NAME,
): Promise<UpgradeBackup> {
  const { previousVersion, currentVersion } = await folder.versionCheck();
  if (previousVersion === currentVersion) return 'same-version';
  const old = new Dexie(name, options);
  let result: UpgradeBackup = 'no-database';
  if (await opened(old)) {
    try {
      const contents = await Promise.all(old.tables.map((table) => table.toArray()));
      const tables: Record<string, unknown[]> = {};
      let fileRows: EvidenceFileRow[] = [];
      old.tables.forEach((table, i) => {
        if (table.name === 'evidenceFiles') fileRows = contents[i] as EvidenceFileRow[];
        else tables[table.name] = contents[i] ?? [];
      });
      const files = await Promise.all(
        fileRows.map(async ({ id, blob }) => ({
          id,
          type: blob.type,
          bytes: new Uint8Array(await blob.arrayBuffer()),
        })),
      );
      const meta = {
        appVersion: previousVersion ?? '',
        createdAt: new Date().toISOString(),
        reason: 'upgrade' as const,
        schemaVersion: old.verno,
      };
      await folder.write('upgrade', await writeBackup({ tables, files }, meta));
      result = 'backed-up';
    } finally {
      old.close();
    }
  }
  await folder.markVersionSeen();
  return result;
}
