import { mkdir, mkdtemp, open, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACKUP_FILE } from '../../../shared/backup/file';
import { createBackupFolder } from '../../../electron/main/backup-folder';

let root: string;
let dir: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'kompeten-backups-'));
  // Not created yet: the folder makes it on first use.
  dir = path.join(root, 'backups');
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A clock that starts at `start` and moves on by `stepMs` after every reading. */
function clock(start: string, stepMs: number) {
  let t = Date.parse(start);
  return () => {
    const date = new Date(t);
    t += stepMs;
    return date;
  };
}

const bytes = (text: string) => new TextEncoder().encode(text);
const ext = BACKUP_FILE.extension;

describe('backup folder: writing', () => {
  it('names files by UTC time and reason and writes the bytes', async () => {
    // 05:06 UTC is 12:06 on the tests' clock (Asia/Jakarta): the name must say 050607.
    const folder = createBackupFolder({ dir, now: () => new Date('2025-03-04T05:06:07.089Z') });
    const info = await folder.write('quit', bytes('isi'));
    expect(info).toEqual({
      name: `kompeten-20250304-050607-089-quit.${ext}`,
      createdAt: '2025-03-04T05:06:07.089Z',
      reason: 'quit',
      size: 3,
    });
    expect(await readFile(path.join(dir, info.name), 'utf8')).toBe('isi');
  });

  it('gives two backups made in the same millisecond different names', async () => {
    const folder = createBackupFolder({ dir, now: () => new Date('2025-03-04T05:06:07.089Z') });
    const first = await folder.write('before-restore', bytes('1'));
    const second = await folder.write('before-restore', bytes('2'));
    expect(first.name).toBe(`kompeten-20250304-050607-089-before-restore.${ext}`);
    expect(second.name).toBe(`kompeten-20250304-050607-089-before-restore-1.${ext}`);
    expect(await readFile(path.join(dir, first.name), 'utf8')).toBe('1');
    expect(await readFile(path.join(dir, second.name), 'utf8')).toBe('2');
  });

  it('leaves no temporary file behind', async () => {
    const folder = createBackupFolder({ dir, now: clock('2025-01-01T00:00:00Z', 1000) });
    await folder.write('schedule', bytes('a'));
    await folder.write('upgrade', bytes('b'));
    const names = await readdir(dir);
    expect(names).toHaveLength(2);
    expect(names.filter((n) => n.startsWith('.') || n.endsWith('.tmp'))).toEqual([]);
  });

  it('tells whether a backup is being written, so quitting can wait for it', async () => {
    const folder = createBackupFolder({ dir, now: clock('2025-01-01T00:00:00Z', 1000) });
    expect(folder.writing()).toBeNull();
    const write = folder.write('quit', new Uint8Array(2_000_000));
    const writing = folder.writing();
    expect(writing).not.toBeNull();
    await writing;
    // Settled means on disk: the file is there whole, under its final name.
    const [name] = (await readdir(dir)).filter((n) => n.endsWith(`.${ext}`));
    expect((await readFile(path.join(dir, name!))).byteLength).toBe(2_000_000);
    await write;
    expect(folder.writing()).toBeNull();
  });
});

describe('backup folder: pruning', () => {
  it('clears a temporary file an interrupted write left, once it is an hour old', async () => {
    let at = Date.parse('2025-01-01T00:00:00Z');
    const folder = createBackupFolder({ dir, now: () => new Date(at) });
    await mkdir(dir, { recursive: true });
    const ext = BACKUP_FILE.extension;
    const stale = `.kompeten-20250101-000000-000-quit.${ext}.0123456789ab.tmp`;
    const fresh = `.kompeten-20250101-000000-000-quit.${ext}.ba9876543210.tmp`;
    const foreign = '.catatan.tmp';
    for (const name of [stale, fresh, foreign]) await writeFile(path.join(dir, name), 'half');
    const hourAgo = new Date(at - 2 * 60 * 60 * 1000);
    await utimes(path.join(dir, stale), hourAgo, hourAgo);
    at = Date.now();
    await folder.write('schedule', new Uint8Array([1]));
    const left = await readdir(dir);
    expect(left).not.toContain(stale);
    expect(left).toContain(fresh);
    expect(left).toContain(foreign);
  });

  it('keeps exactly the 14 newest backups and never deletes other files', async () => {
    await mkdir(dir);
    const foreign = [
      'catatan.txt',
      `salinan-saya.${ext}`,
      // The app never writes manual backups here, so such a name is not its own.
      `kompeten-20000101-000000-000-manual.${ext}`,
      `kompeten-20000101-000000-000-quit.${ext}.bak`,
      'last-version.json',
    ];
    for (const name of foreign) await writeFile(path.join(dir, name), 'x');
    const folder = createBackupFolder({ dir, now: clock('2025-01-01T00:00:00Z', 60_000) });
    const written = [];
    for (let i = 0; i < 20; i++) written.push((await folder.write('schedule', bytes(`${i}`))).name);

    const remaining = (await readdir(dir)).sort();
    expect(remaining).toEqual([...foreign, ...written.slice(6)].sort());
  });

  it('orders same-millisecond backups by their counter, also past 9', async () => {
    const folder = createBackupFolder({
      dir,
      maxFiles: 1,
      now: () => new Date('2025-01-01T00:00:00Z'),
    });
    let last = '';
    for (let i = 0; i < 11; i++) last = (await folder.write('quit', bytes(`${i}`))).name;
    expect(last).toBe(`kompeten-20250101-000000-000-quit-10.${ext}`);
    expect(await readdir(dir)).toEqual([last]);
  });
});

describe('backup folder: listing', () => {
  it('lists only its own backups, newest first, with sizes and free space', async () => {
    const folder = createBackupFolder({ dir, now: clock('2025-06-30T23:59:59.998Z', 1) });
    const a = await folder.write('upgrade', bytes('a'));
    const b = await folder.write('schedule', bytes('bb'));
    const c = await folder.write('quit', bytes('ccc'));
    await writeFile(path.join(dir, 'catatan.txt'), 'x');
    await writeFile(path.join(dir, `.${c.name}.0123456789ab.tmp`), 'half');
    // Matches the pattern but is not a real date, and a folder with a backup's name.
    await writeFile(path.join(dir, `kompeten-20251340-000000-000-quit.${ext}`), 'x');
    await mkdir(path.join(dir, `kompeten-20990101-000000-000-quit.${ext}`));

    const listed = await folder.list();
    expect(listed.folder).toBe(dir);
    expect(listed.files).toEqual([c, b, a]);
    expect(listed.files.map((f) => f.createdAt)).toEqual([
      '2025-07-01T00:00:00.000Z',
      '2025-06-30T23:59:59.999Z',
      '2025-06-30T23:59:59.998Z',
    ]);
    expect(typeof listed.freeBytes).toBe('number');
    expect(listed.freeBytes).toBeGreaterThan(0);
  });

  it('lists an empty folder that did not exist yet', async () => {
    const listed = await createBackupFolder({ dir }).list();
    expect(listed.files).toEqual([]);
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('backup folder: reading', () => {
  it('reads a backup it wrote', async () => {
    const folder = createBackupFolder({ dir });
    const { name } = await folder.write('schedule', bytes('isi cadangan'));
    const result = await folder.read(name);
    expect(result).toMatchObject({ status: 'opened', name });
    if (result.status !== 'opened') throw new Error('not opened');
    expect(result.data).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder().decode(result.data)).toBe('isi cadangan');
  });

  it('refuses names outside its pattern, even when such a file exists', async () => {
    const folder = createBackupFolder({ dir, now: () => new Date('2025-03-04T05:06:07.089Z') });
    const { name } = await folder.write('quit', bytes('x'));
    // A file beside the folder with a backup's name, reachable only by going up.
    await writeFile(path.join(root, name), 'outside');
    await writeFile(path.join(dir, 'catatan.txt'), 'x');
    for (const bad of [
      `../${name}`,
      `..\\${name}`,
      `${name}/../${name}`,
      path.join(root, name),
      '..',
      'catatan.txt',
      `./${name}`,
      `${name}\u0000`,
      `kompeten-20250304-050607-089-manual.${ext}`,
    ]) {
      expect(await folder.read(bad), bad).toEqual({ status: 'missing' });
    }
  });

  it('reports a well-formed name that is not there as missing', async () => {
    const folder = createBackupFolder({ dir });
    expect(await folder.read(`kompeten-20250304-050607-089-quit.${ext}`)).toEqual({
      status: 'missing',
    });
  });

  it('refuses a file above the size limit without reading it', async () => {
    await mkdir(dir);
    const name = `kompeten-20250304-050607-089-upgrade.${ext}`;
    // A sparse file: the limit is checked against its size, nothing is read.
    const handle = await open(path.join(dir, name), 'w');
    await handle.truncate(BACKUP_FILE.maxBytes + 1);
    await handle.close();
    expect(await createBackupFolder({ dir }).read(name)).toEqual({
      status: 'too-large',
      name,
      size: BACKUP_FILE.maxBytes + 1,
    });
  });
});

describe('backup folder: version marker', () => {
  it('remembers the last version seen, and is not counted as a backup', async () => {
    const folder = createBackupFolder({ dir });
    expect(await folder.versionCheck('1.0.0')).toEqual({
      previousVersion: null,
      currentVersion: '1.0.0',
    });
    await folder.markVersionSeen('1.0.0');
    expect(await folder.versionCheck('1.1.0')).toEqual({
      previousVersion: '1.0.0',
      currentVersion: '1.1.0',
    });
    await folder.markVersionSeen('1.1.0');
    expect((await folder.versionCheck('1.1.0')).previousVersion).toBe('1.1.0');
    expect(await readdir(dir)).toEqual(['last-version.json']);
    expect((await folder.list()).files).toEqual([]);
  });

  it.each([
    ['broken JSON', '{"version": "1.0'],
    ['the wrong shape', '{"versi": "1.0.0"}'],
    ['an empty version', '{"version": ""}'],
  ])('treats a marker with %s as never seen', async (_label, text) => {
    await mkdir(dir);
    await writeFile(path.join(dir, 'last-version.json'), text);
    expect(await createBackupFolder({ dir }).versionCheck('2.0.0')).toEqual({
      previousVersion: null,
      currentVersion: '2.0.0',
    });
  });
});
