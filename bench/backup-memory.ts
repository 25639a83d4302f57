/**
 * One backup or restore of the large profile in a process of its own, so the operating system's
 * peak resident size (maxRSS) is that of this one operation. Run by backup.bench.ts through jiti:
 *   backup-memory.ts backup            reads the database and writes a backup file
 *   backup-memory.ts restore <file>    reads and checks that file and restores it
 * Prints one line of JSON. The database is fake-indexeddb, which keeps everything in this
 * process's memory: the figures include the database itself, as "before" shows.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { readBackup } from '../shared/backup/read';
import { writeBackup } from '../shared/backup/write';
import { KompetenDatabase } from '../renderer/src/db/database';
import { readSnapshot, restoreSnapshot } from '../renderer/src/db/backup-repository';
import { largeSnapshot } from './backup-profile';

const database = () => new KompetenDatabase('bench', { indexedDB: new IDBFactory(), IDBKeyRange });
const rss = () => process.memoryUsage().rss;
const peak = () => process.resourceUsage().maxRSS * 1024;

async function backup(out: string) {
  const db = database();
  const snapshot = await largeSnapshot();
  await restoreSnapshot(db, snapshot, 'replace');
  const before = rss();
  const peakBefore = peak();
  const start = performance.now();
  const bytes = await writeBackup(await readSnapshot(db), {
    appVersion: 'bench',
    createdAt: new Date().toISOString(),
    reason: 'manual',
  });
  const ms = performance.now() - start;
  writeFileSync(out, bytes);
  return { ms, before, peak: peak(), peakBefore, fileBytes: bytes.byteLength };
}

async function restore(file: string) {
  const bytes = new Uint8Array(readFileSync(file));
  const db = database();
  await db.open();
  const before = rss();
  const peakBefore = peak();
  const start = performance.now();
  const read = await readBackup(bytes);
  if (!read.ok) throw new Error(`the bench backup was refused: ${JSON.stringify(read.problem)}`);
  const checkedMs = performance.now() - start;
  await restoreSnapshot(db, read.snapshot, 'replace');
  const ms = performance.now() - start;
  return { ms, checkedMs, before, peak: peak(), peakBefore, fileBytes: bytes.byteLength };
}

const [op, file] = process.argv.slice(2);
if (!file) throw new Error('usage: backup-memory.ts backup|restore <file>');
const result = op === 'backup' ? await backup(file) : await restore(file);
console.log(JSON.stringify(result));
