import { frameworkPackSchema, type FrameworkPack } from '../../../../shared/framework/pack';
import type { KompetenDatabase } from '../../db/database';
import { installPack } from '../../db/framework-repository';

/**
 * The default pack ships inside the app as its own chunk, loaded on first use. Changing its
 * content requires a new version number: an installed version is never overwritten.
 */
export async function loadBuiltinPack(): Promise<FrameworkPack> {
  const { default: raw } = await import('../../../../resources/framework/default-pack.id.json');
  return frameworkPackSchema.parse(raw);
}

let installing: Promise<unknown> | null = null;

/** Installs the built-in pack if this database does not have it yet (once per session). */
export function ensureBuiltinPack(db: KompetenDatabase): Promise<unknown> {
  installing ??= loadBuiltinPack().then((pack) => installPack(db, pack, 'builtin'));
  return installing;
}
