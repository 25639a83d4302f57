import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import path from 'node:path';

const tempFor = (target: string) =>
  path.join(
    path.dirname(target),
    `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`,
  );

/**
 * Writes a file so that a crash never leaves it half-written: write a temporary file in the
 * same folder, flush it to disk, then rename it over the target (atomic on one file system).
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  const temp = tempFor(target);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/**
 * The same, blocking: for the few bytes that must be on disk before the process may end (the
 * window's size at quit), where an awaited write could be cut off by the exit.
 */
export function writeFileAtomicSync(target: string, data: string): void {
  const temp = tempFor(target);
  try {
    const fd = openSync(temp, 'wx');
    try {
      writeSync(fd, data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
