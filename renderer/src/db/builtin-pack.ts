import { frameworkPackSchema, type FrameworkPack } from '../../../shared/framework/pack';
import type { KompetenDatabase } from './database';
import { installPack } from './framework-repository';

/**
 * The default pack ships inside the app as its own chunk, loaded on first use. Changing its
 * content requires a new version number: an installed version is never overwritten.
 */
export async function loadBuiltinPack(): Promise<FrameworkPack> {
  const { default: raw } = await import('../../../resources/framework/default-pack.id.json');
  return frameworkPackSchema.parse(raw);
}

const installing = new WeakMap<KompetenDatabase, Promise<unknown>>();

/** Installs the built-in pack if this database does not have it yet (once per session). */
export function ensureBuiltinPack(db: KompetenDatabase): Promise<unknown> {
  let done = installing.get(db);
  if (!done) {
    done = loadBuiltinPack().then((pack) => installPack(db, pack, 'builtin'));
    installing.set(db, done);
  }
  return done;
}
