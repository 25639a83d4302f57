/**
 * Files the operating system asks the app to open: a double-click in the file manager, "Open
 * with", or a file dropped on the dock icon. They arrive as command-line arguments (Windows and
 * Linux, first start), as macOS `open-file` events (even before `ready`), or through
 * `second-instance` while the app runs. The main process only queues their paths and reads
 * each, size first, when the page asks; the page then decodes the bytes through the same file
 * kinds as the open dialog, so nothing the OS hands over bypasses validation.
 */
import { open } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IpcResult } from '../../shared/ipc/contract';
import { ownFileKindOf, OWN_FILE_TYPES } from '../../shared/files/own-file-types';

export type OpenedFile = IpcResult<'openedFilesTake'>[number];

/**
 * The file paths in a command line. The first argument is the executable; an unpackaged app
 * (`electron .`) names its own folder in the first argument that is not a switch (tools such as
 * Playwright put switches before it). Switches are Chromium's or Electron's, never files; Linux
 * desktop entries pass `file://` URLs (`%U`).
 */
export function filesFromArgv(
  argv: readonly string[],
  { isPackaged, cwd }: { isPackaged: boolean; cwd: string },
): string[] {
  const args = argv.slice(1).filter((arg) => arg !== '' && !arg.startsWith('-'));
  return args.slice(isPackaged ? 0 : 1).flatMap((arg) => {
    if (!arg.startsWith('file:')) return [path.resolve(cwd, arg)];
    try {
      return [fileURLToPath(arg)];
    } catch {
      return [];
    }
  });
}

/** Reads one queued file: only the app's own types, each within its size limit. */
export async function readOpenedFile(file: string): Promise<OpenedFile> {
  const name = path.basename(file);
  const kind = ownFileKindOf(name);
  if (!kind) return { status: 'unknown-kind', name };
  const handle = await open(file, 'r').catch(() => null);
  if (!handle) return { status: 'unreadable', kind, name };
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { status: 'unreadable', kind, name };
    if (info.size > OWN_FILE_TYPES[kind].maxBytes)
      return { status: 'too-large', kind, name, size: info.size };
    return { status: 'opened', kind, name, data: new Uint8Array(await handle.readFile()) };
  } catch {
    return { status: 'unreadable', kind, name };
  } finally {
    await handle.close();
  }
}

/** A large folder dropped on the icon must not become thousands of reads at once. */
const MAX_QUEUED = 20;

export interface OpenedFiles {
  /** Queues paths; returns true when something new was queued (so the page can be told). */
  add(files: readonly string[]): boolean;
  /** Everything queued so far, read; the queue is empty afterwards. */
  take(): Promise<OpenedFile[]>;
}

export function createOpenedFiles(read = readOpenedFile): OpenedFiles {
  let queue: string[] = [];
  return {
    add(files) {
      const fresh = files.filter((file) => !queue.includes(file));
      queue = [...queue, ...fresh].slice(0, MAX_QUEUED);
      return fresh.length > 0;
    },
    async take() {
      const taken = queue;
      queue = [];
      return Promise.all(taken.map((file) => read(file)));
    },
  };
}
