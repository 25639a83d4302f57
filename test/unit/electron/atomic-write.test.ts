import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../electron/main/atomic-write';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'kompeten-atomic-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('writes text and bytes, replacing an older file, and leaves no temporary file', async () => {
    const target = path.join(folder, 'data.json');
    await writeFile(target, 'old');
    await writeFileAtomic(target, 'new');
    expect(await readFile(target, 'utf8')).toBe('new');
    await writeFileAtomic(target, new Uint8Array([0xe2, 0x9c, 0x93]));
    expect(await readFile(target, 'utf8')).toBe('✓');
    expect(await readdir(folder)).toEqual(['data.json']);
  });

  it('keeps the old file and cleans up when the write cannot complete', async () => {
    const target = path.join(folder, 'missing-folder', 'data.json');
    await expect(writeFileAtomic(target, 'x')).rejects.toThrow();
    expect(await readdir(folder)).toEqual([]);
  });
});
