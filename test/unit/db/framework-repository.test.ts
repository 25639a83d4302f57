import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KompetenDatabase } from '../../../renderer/src/db/database';
import {
  installPack,
  listPacks,
  loadActivePack,
  packKey,
  PackError,
  removePack,
  setActivePack,
} from '../../../renderer/src/db/framework-repository';
import { loadSettings } from '../../../renderer/src/db/settings-repository';
import { makeTestPack } from '../../support/pack';
import { testDatabase } from './test-database';

let db: KompetenDatabase;
beforeEach(() => {
  db = testDatabase();
});
afterEach(() => db.close());

const builtin = makeTestPack({ id: 'kompeten-default', version: '1.0' });
const official = { ...makeTestPack({ id: 'lsp-resmi', version: '2.1' }), title: 'Teks resmi LSP' };

describe('framework packs', () => {
  it('has no active pack before any is installed', async () => {
    expect(await loadActivePack(db)).toBeNull();
  });

  it('installs a pack once; installing the identical pack again changes nothing', async () => {
    expect(await installPack(db, builtin, 'builtin')).toBe('installed');
    expect(await installPack(db, builtin, 'builtin')).toBe('already-installed');
    expect(await db.packs.count()).toBe(1);
  });

  it('refuses a different pack under the same id and version, keeping the installed one', async () => {
    await installPack(db, official, 'imported');
    const altered = { ...official, title: 'Diubah' };
    await expect(installPack(db, altered, 'imported')).rejects.toMatchObject({
      reason: 'conflict',
    });
    expect((await db.packs.get(packKey(official)))?.title).toBe('Teks resmi LSP');
  });

  it('keeps several versions side by side', async () => {
    await installPack(db, official, 'imported');
    await installPack(db, { ...official, version: '2.2' }, 'imported');
    expect((await listPacks(db)).map((p) => p.key)).toEqual(['lsp-resmi@2.1', 'lsp-resmi@2.2']);
  });

  it('uses the built-in pack until another is chosen', async () => {
    await installPack(db, builtin, 'builtin');
    await installPack(db, official, 'imported');
    expect((await loadActivePack(db))?.key).toBe('kompeten-default@1.0');
    await setActivePack(db, 'lsp-resmi@2.1');
    expect((await loadActivePack(db))?.key).toBe('lsp-resmi@2.1');
    expect((await loadActivePack(db))?.pack.title).toBe('Teks resmi LSP');
  });

  it('prefers the newest built-in version', async () => {
    await installPack(db, builtin, 'builtin');
    await installPack(db, { ...builtin, version: '1.10' }, 'builtin');
    await installPack(db, { ...builtin, version: '1.9' }, 'builtin');
    expect((await loadActivePack(db))?.version).toBe('1.10');
  });

  it('lists built-in packs first', async () => {
    await installPack(db, official, 'imported');
    await installPack(db, builtin, 'builtin');
    expect((await listPacks(db)).map((p) => p.source)).toEqual(['builtin', 'imported']);
  });

  it('removes an imported pack and falls back to the built-in one if it was active', async () => {
    await installPack(db, builtin, 'builtin');
    await installPack(db, official, 'imported');
    await setActivePack(db, 'lsp-resmi@2.1');
    await removePack(db, 'lsp-resmi@2.1');
    expect(await db.packs.get('lsp-resmi@2.1')).toBeUndefined();
    expect((await loadSettings(db)).activePackKey).toBeUndefined();
    expect((await loadActivePack(db))?.key).toBe('kompeten-default@1.0');
  });

  it('never removes a built-in pack, and says why', async () => {
    await installPack(db, builtin, 'builtin');
    await expect(removePack(db, 'kompeten-default@1.0')).rejects.toMatchObject({
      reason: 'builtin',
    });
    await expect(removePack(db, 'tidak-ada@1.0')).rejects.toBeInstanceOf(PackError);
    expect(await db.packs.count()).toBe(1);
  });

  it('refuses to activate a pack that is not installed', async () => {
    await expect(setActivePack(db, 'tidak-ada@1.0')).rejects.toMatchObject({ reason: 'not-found' });
    expect((await loadSettings(db)).activePackKey).toBeUndefined();
  });
});
