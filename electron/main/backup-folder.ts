/**
 * The folder of automatic backups (`<userData>/backups`). They live outside IndexedDB on
 * purpose: a broken or wiped database must not take its own backups with it.
 */
import { mkdir, open, readdir, readFile, rm, stat, statfs } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { BACKUP_FILE } from '../../shared/backup/file';
import { AUTO_BACKUP_NAME, type AutoBackupReason, type IpcResult } from '../../shared/ipc/contract';
import { writeFileAtomic } from './atomic-write';

/** writeFileAtomic's temporary files for our backups: `.<name>.<random>.tmp`. */
const LEFTOVER_TEMP = /^\.kompeten-.+\.kompeten-cadangan\.[0-9a-f]+\.tmp$/;
const TEMP_MAX_AGE_MS = 60 * 60 * 1000;
/** `createdAt` is the ISO time in the name (UTC), not the file system's date. */
export type AutoBackupInfo = IpcResult<'backupsWrite'>;

export interface BackupFolder {
  write(reason: AutoBackupReason, data: Uint8Array): Promise<AutoBackupInfo>;
  list(): Promise<IpcResult<'backupsList'>>;
  read(name: string): Promise<IpcResult<'backupsRead'>>;
  versionCheck(currentVersion: string): Promise<IpcResult<'backupsVersion'>>;
  markVersionSeen(currentVersion: string): Promise<void>;
  /** Settles once every backup being written now is on disk (or failed); null when none is. */
  writing(): Promise<void> | null;
}

const VERSION_FILE = 'last-version.json';
const versionFile = z.object({ version: z.string().min(1).max(100) });

interface ParsedName {
  createdAt: string;
  reason: AutoBackupReason;
  /** Time, then the same-millisecond counter, as digits that sort like the files' ages. */
  sortKey: string;
}

/** Only names the app itself makes, with a real date; everything else in the folder is left be. */
function parseName(name: string): ParsedName | null {
  const match = AUTO_BACKUP_NAME.exec(name);
  if (!match) return null;
  const [, day = '', time = '', ms = '', reason, counter] = match;
  const createdAt =
    `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6)}T` +
    `${time.slice(0, 2)}:${time.slice(2, 4)}:${time.slice(4)}.${ms}Z`;
  const date = new Date(createdAt);
  if (Number.isNaN(date.getTime()) || date.toISOString() !== createdAt) return null;
  return {
    createdAt,
    reason: reason as AutoBackupReason,
    sortKey: day + time + ms + (counter ?? '0').padStart(6, '0'),
  };
}

const newestFirst = (a: ParsedName, b: ParsedName) =>
  a.sortKey < b.sortKey ? 1 : a.sortKey > b.sortKey ? -1 : 0;

/** `2025-03-04T05:06:07.089Z` → `20250304-050607-089`. */
const stampOf = (iso: string) =>
  iso.replace(/[-:]/g, '').replace(/^(\d{8})T(\d{6})\.(\d{3})Z$/, '$1-$2-$3');

export function createBackupFolder({
  dir,
  maxFiles = 14,
  now = () => new Date(),
}: {
  dir: string;
  maxFiles?: number;
  now?: () => Date;
}): BackupFolder {
  // Two backups in the same millisecond get `-1`, `-2`…; the single-instance lock means no
  // other process writes here.
  let lastStamp = '';
  let counter = 0;
  const inFlight = new Set<Promise<unknown>>();

  function nextName(reason: AutoBackupReason): { name: string; createdAt: string } {
    const createdAt = now().toISOString();
    const stamp = stampOf(createdAt);
    counter = stamp === lastStamp ? counter + 1 : 0;
    lastStamp = stamp;
    const suffix = counter > 0 ? `-${counter}` : '';
    return { name: `kompeten-${stamp}-${reason}${suffix}.${BACKUP_FILE.extension}`, createdAt };
  }

  /** The app's own backup files, newest first. */
  async function backups(): Promise<(ParsedName & { name: string })[]> {
    const names = await readdir(dir);
    return names
      .flatMap((name) => {
        const parsed = parseName(name);
        return parsed ? [{ ...parsed, name }] : [];
      })
      .sort(newestFirst);
  }

  async function prune(): Promise<void> {
    for (const old of (await backups()).slice(maxFiles)) {
      // A file that cannot go now (open elsewhere on Windows) goes after the next backup.
      await rm(path.join(dir, old.name), { force: true }).catch(() => undefined);
    }
    // A write cut off by a crash or by quitting leaves its temporary file; an hour on, no write
    // can still be using it.
    for (const name of await readdir(dir)) {
      if (!LEFTOVER_TEMP.test(name)) continue;
      const file = path.join(dir, name);
      const { mtimeMs } = await stat(file).catch(() => ({ mtimeMs: Infinity }));
      if (now().getTime() - mtimeMs > TEMP_MAX_AGE_MS)
        await rm(file, { force: true }).catch(() => undefined);
    }
  }

  async function freeBytes(): Promise<number | null> {
    try {
      const fs = await statfs(dir);
      return fs.bavail * fs.bsize;
    } catch {
      return null;
    }
  }

  return {
    async write(reason, data) {
      const { name, createdAt } = nextName(reason);
      const written = mkdir(dir, { recursive: true }).then(() =>
        writeFileAtomic(path.join(dir, name), data),
      );
      inFlight.add(written);
      try {
        await written;
      } finally {
        inFlight.delete(written);
      }
      await prune();
      return { name, createdAt, reason, size: data.byteLength };
    },

    writing() {
      if (inFlight.size === 0) return null;
      return Promise.allSettled([...inFlight]).then(() => undefined);
    },

    async list() {
      await mkdir(dir, { recursive: true });
      const files: AutoBackupInfo[] = [];
      for (const { name, createdAt, reason } of await backups()) {
        // Skip what is not a plain file, or vanished since the folder was read.
        const info = await stat(path.join(dir, name)).catch(() => null);
        if (info?.isFile()) files.push({ name, createdAt, reason, size: info.size });
      }
      return { files, folder: dir, freeBytes: await freeBytes() };
    },

    async read(name) {
      if (!parseName(name)) return { status: 'missing' };
      const handle = await open(path.join(dir, name), 'r').catch(() => null);
      if (!handle) return { status: 'missing' };
      try {
        // Size from the open file itself, so a huge file never lands in memory.
        const info = await handle.stat();
        if (!info.isFile()) return { status: 'missing' };
        if (info.size > BACKUP_FILE.maxBytes) return { status: 'too-large', name, size: info.size };
        return { status: 'opened', name, data: new Uint8Array(await handle.readFile()) };
      } finally {
        await handle.close();
      }
    },

    async versionCheck(currentVersion) {
      try {
        const text = await readFile(path.join(dir, VERSION_FILE), 'utf8');
        return { previousVersion: versionFile.parse(JSON.parse(text)).version, currentVersion };
      } catch {
        // Missing or damaged marker: "never seen"; at worst one extra upgrade backup.
        return { previousVersion: null, currentVersion };
      }
    },

    async markVersionSeen(currentVersion) {
      await mkdir(dir, { recursive: true });
      await writeFileAtomic(
        path.join(dir, VERSION_FILE),
        JSON.stringify({ version: currentVersion }),
      );
    },
  };
}
