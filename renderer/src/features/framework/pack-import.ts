import type { FrameworkPack } from '../../../../shared/framework/pack';
import type { KompetenDatabase } from '../../db/database';
import { installPack, PackError } from '../../db/framework-repository';

export type PackImportResult =
  | { kind: 'installed' | 'already-installed'; title: string; version: string }
  | { kind: 'conflict'; key: string };

/** Installs a pack read through FILE_KINDS.pack; a conflict with an installed one writes nothing. */
export async function installImportedPack(
  db: KompetenDatabase,
  pack: FrameworkPack,
): Promise<PackImportResult> {
  try {
    const outcome = await installPack(db, pack, 'imported');
    return { kind: outcome, title: pack.title, version: pack.version };
  } catch (error) {
    if (error instanceof PackError && error.reason === 'conflict') {
      return { kind: 'conflict', key: error.key };
    }
    throw error;
  }
}
