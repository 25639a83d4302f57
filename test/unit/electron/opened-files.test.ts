import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createOpenedFiles,
  filesFromArgv,
  readOpenedFile,
} from '../../../electron/main/opened-files';
import { OWN_FILE_TYPES } from '../../../shared/files/own-file-types';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'kompeten-open-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('files in a command line', () => {
  it('skips the executable, the app folder of an unpackaged app, and switches', () => {
    const argv = ['/opt/Kompeten/kompeten', '--no-sandbox', 'jawaban.kompeten-jawaban'];
    expect(filesFromArgv(argv, { isPackaged: true, cwd: '/home/siti' })).toEqual([
      '/home/siti/jawaban.kompeten-jawaban',
    ]);
    expect(
      filesFromArgv(['electron', '.', '--inspect', 'a.kompeten-cadangan'], {
        isPackaged: false,
        cwd: '/src',
      }),
    ).toEqual(['/src/a.kompeten-cadangan']);
    // Playwright's _electron puts its switches before the app folder.
    const playwright = [
      'electron',
      '--inspect=0',
      '--remote-debugging-port=0',
      '.',
      '--user-data-dir=/tmp/u',
    ];
    expect(filesFromArgv(playwright, { isPackaged: false, cwd: '/src' })).toEqual([]);
    expect(filesFromArgv(['/opt/Kompeten/kompeten'], { isPackaged: true, cwd: '/' })).toEqual([]);
  });

  it('turns the file:// URLs of Linux desktop entries into paths', () => {
    const file = path.join(folder, 'Permintaan Siti Ṣiddiq.kompeten-permintaan');
    const argv = ['/usr/bin/kompeten', pathToFileURL(file).href];
    expect(filesFromArgv(argv, { isPackaged: true, cwd: '/' })).toEqual([file]);
  });
});

describe('reading an opened file', () => {
  it("reads one of the app's own files, whatever the case of its extension", async () => {
    const file = path.join(folder, 'Jawaban.KOMPETEN-JAWABAN');
    await writeFile(file, '{"format":"kompeten.signoff-response"}');
    const read = await readOpenedFile(file);
    expect(read).toMatchObject({
      status: 'opened',
      kind: 'response',
      name: 'Jawaban.KOMPETEN-JAWABAN',
    });
    expect(read.status === 'opened' && new TextDecoder().decode(read.data)).toContain('signoff');
  });

  it('names a file of another kind without reading it', async () => {
    const file = path.join(folder, 'catatan.docx');
    await writeFile(file, 'x');
    expect(await readOpenedFile(file)).toEqual({ status: 'unknown-kind', name: 'catatan.docx' });
  });

  it("refuses a file above its kind's limit before reading it", async () => {
    const file = path.join(folder, 'besar.kompeten-kunci-publik');
    await writeFile(file, '');
    const { truncate } = await import('node:fs/promises');
    await truncate(file, OWN_FILE_TYPES.keyCard.maxBytes + 1);
    expect(await readOpenedFile(file)).toEqual({
      status: 'too-large',
      kind: 'keyCard',
      name: 'besar.kompeten-kunci-publik',
      size: OWN_FILE_TYPES.keyCard.maxBytes + 1,
    });
  });

  it('says a missing file or a folder cannot be read', async () => {
    expect(await readOpenedFile(path.join(folder, 'hilang.kompeten-cadangan'))).toEqual({
      status: 'unreadable',
      kind: 'backup',
      name: 'hilang.kompeten-cadangan',
    });
    const dir = path.join(folder, 'map.kompeten-portofolio');
    await mkdir(dir);
    expect(await readOpenedFile(dir)).toMatchObject({ status: 'unreadable' });
  });
});

describe('the queue of opened files', () => {
  it('keeps each path once, hands everything over once, and says when something is new', async () => {
    const read = vi.fn(async (file: string) => ({ status: 'unknown-kind' as const, name: file }));
    const queue = createOpenedFiles(read);
    expect(queue.add(['/a', '/b'])).toBe(true);
    expect(queue.add(['/a'])).toBe(false);
    expect((await queue.take()).map((f) => f.name)).toEqual(['/a', '/b']);
    expect(await queue.take()).toEqual([]);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('takes at most 20 files from one drop', async () => {
    const queue = createOpenedFiles(async (file) => ({ status: 'unknown-kind', name: file }));
    queue.add(Array.from({ length: 500 }, (_, i) => `/f${i}`));
    expect(await queue.take()).toHaveLength(20);
  });
});
