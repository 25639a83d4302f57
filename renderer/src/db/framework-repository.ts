import type { FrameworkPack } from '../../../shared/framework/pack';
import type { KompetenDatabase, PackRow, PackSource } from './database';
import { installOnce, sameJson, type InstallOutcome } from './install-once';
import { loadSettings, updateSettings } from './settings-repository';

export const packKey = (pack: Pick<FrameworkPack, 'id' | 'version'>) =>
  `${pack.id}@${pack.version}`;

/** Why a pack operation was refused; the renderer turns the reason into a message. */
export class PackError extends Error {
  constructor(
    readonly key: string,
    readonly reason: 'conflict' | 'builtin' | 'not-found',
  ) {
    super(`Pack ${key}: ${reason}`);
    this.name = 'PackError';
  }
}

/** Installs a validated pack once (see `installOnce`); a conflict throws. */
export async function installPack(
  db: KompetenDatabase,
  pack: FrameworkPack,
  source: PackSource,
  now: Date = new Date(),
): Promise<InstallOutcome> {
  const key = packKey(pack);
  const outcome = await installOnce(
    db.packs,
    key,
    {
      key,
      id: pack.id,
      version: pack.version,
      title: pack.title,
      source,
      installedAt: now.toISOString(),
      pack,
    },
    (existing) => sameJson(existing.pack, pack),
  );
  if (outcome === 'conflict') throw new PackError(key, 'conflict');
  return outcome;
}

/** Installed packs, built-in first, then by title and version. */
export async function listPacks(db: KompetenDatabase): Promise<PackRow[]> {
  const rows = await db.packs.toArray();
  return rows.sort(
    (a, b) =>
      Number(b.source === 'builtin') - Number(a.source === 'builtin') ||
      a.title.localeCompare(b.title) ||
      a.version.localeCompare(b.version, undefined, { numeric: true }),
  );
}

/**
 * The pack in use: the one chosen in settings if it is still installed, otherwise the newest
 * built-in pack. Null only before any pack is installed.
 */
export async function loadActivePack(db: KompetenDatabase): Promise<PackRow | null> {
  const { activePackKey } = await loadSettings(db);
  const chosen = activePackKey ? await db.packs.get(activePackKey) : undefined;
  if (chosen) return chosen;
  const builtins = await db.packs.where('source').equals('builtin').toArray();
  builtins.sort((a, b) => b.version.localeCompare(a.version, undefined, { numeric: true }));
  return builtins[0] ?? null;
}

export async function setActivePack(db: KompetenDatabase, key: string): Promise<void> {
  if (!(await db.packs.get(key))) throw new PackError(key, 'not-found');
  await updateSettings(db, { activePackKey: key });
}

/** Removes an imported pack; built-in packs stay. Removing the active pack falls back. */
export async function removePack(db: KompetenDatabase, key: string): Promise<void> {
  await db.transaction('rw', db.packs, db.settings, async () => {
    const row = await db.packs.get(key);
    if (!row) throw new PackError(key, 'not-found');
    if (row.source === 'builtin') throw new PackError(key, 'builtin');
    await db.packs.delete(key);
    const { activePackKey } = await loadSettings(db);
    if (activePackKey === key) await updateSettings(db, { activePackKey: undefined });
  });
}
