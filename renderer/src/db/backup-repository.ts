import type { BackupSnapshot } from '../../../shared/backup/format';
import { planMerge, type RestoreMode } from '../../../shared/backup/restore-plan';
import { TABLE_NAMES, type BackupTables } from '../../../shared/storage/tables';
import type { EvidenceFileRow, KompetenDatabase } from './database';

/**
 * Backups read and write the whole database at once. Each function is one Dexie transaction:
 * a snapshot never mixes two moments, and a restore lands whole or not at all.
 */

const tablesOf = (db: KompetenDatabase) => TABLE_NAMES.map((name) => db.table(name));

async function readAll(db: KompetenDatabase): Promise<BackupTables> {
  const rows = await Promise.all(TABLE_NAMES.map((name) => db.table(name).toArray()));
  return Object.fromEntries(TABLE_NAMES.map((name, i) => [name, rows[i]])) as BackupTables;
}

/** Every table except the evidence files' bytes: what a restore compares with. */
export function readTables(db: KompetenDatabase): Promise<BackupTables> {
  return db.transaction('r', tablesOf(db), () => readAll(db));
}

/** Everything, evidence files included, as one consistent snapshot. */
export async function readSnapshot(db: KompetenDatabase): Promise<BackupSnapshot> {
  const [tables, fileRows] = await db.transaction(
    'r',
    [...tablesOf(db), db.evidenceFiles],
    async () => [await readAll(db), await db.evidenceFiles.toArray()] as const,
  );
  // Blobs are read after the transaction: awaiting anything but Dexie inside one ends it.
  const files = await Promise.all(
    fileRows.map(async ({ id, blob }) => ({
      id,
      type: blob.type,
      bytes: new Uint8Array(await blob.arrayBuffer()),
    })),
  );
  return { tables, files };
}

const fileRow = ({ id, type, bytes }: BackupSnapshot['files'][number]): EvidenceFileRow => ({
  id,
  blob: new Blob([bytes], { type }),
});

/**
 * Restores a backup that `readBackup` accepted. `replace` makes the database exactly the backup;
 * `merge` adds what is new and takes what is newer, keeping everything here that is not older.
 */
export async function restoreSnapshot(
  db: KompetenDatabase,
  snapshot: BackupSnapshot,
  mode: RestoreMode,
): Promise<void> {
  const files = snapshot.files.map(fileRow);
  await db.transaction('rw', [...tablesOf(db), db.evidenceFiles], async () => {
    if (mode === 'replace') {
      for (const table of [...tablesOf(db), db.evidenceFiles]) await table.clear();
      for (const name of TABLE_NAMES) await db.table(name).bulkAdd(snapshot.tables[name]);
      await db.evidenceFiles.bulkAdd(files);
      return;
    }
    const plan = planMerge(snapshot, await readAll(db));
    for (const name of TABLE_NAMES) await db.table(name).bulkPut(plan.puts[name]);
    await db.evidenceFiles.bulkDelete(plan.removeFiles);
    const taken = new Set(plan.files.map((f) => f.id));
    await db.evidenceFiles.bulkPut(files.filter((f) => taken.has(f.id)));
  });
}
