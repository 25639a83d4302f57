import { frameworkPackSchema } from '../../../../shared/framework/pack';
import { readJsonFile, type FileProblem } from '../../../../shared/files/read-json-file';
import type { KompetenDatabase } from '../../db/database';
import { installPack, PackError } from '../../db/framework-repository';

/** Packs are text; even the official standard with every criterion is far below this. */
export const MAX_PACK_BYTES = 5 * 1024 * 1024;

export type PackImportResult =
  | { kind: 'installed' | 'already-installed'; title: string; version: string }
  | { kind: 'file-problem'; name: string; problem: FileProblem }
  | { kind: 'conflict'; key: string };

/** Validates a chosen file and installs it; nothing is written unless the whole pack is valid. */
export async function importPackFile(
  db: KompetenDatabase,
  name: string,
  bytes: Uint8Array,
): Promise<PackImportResult> {
  const read = readJsonFile(bytes, frameworkPackSchema, { maxBytes: MAX_PACK_BYTES });
  if (!read.ok) return { kind: 'file-problem', name, problem: read.problem };
  const pack = read.value;
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
