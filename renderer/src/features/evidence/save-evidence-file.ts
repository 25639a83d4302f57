import type { Evidence } from '../../../../shared/assessment/assessment';
import { fileExtension, toSafeFileName } from '../../../../shared/files/file-name';
import type { KompetenDatabase } from '../../db/database';
import { loadEvidenceFile } from '../../db/evidence-repository';
import type { Bridge } from '../../platform/bridge';

/** Saves an evidence file's stored bytes where the user chooses (a download in the browser). */
export async function saveEvidenceFile(
  db: KompetenDatabase,
  bridge: Pick<Bridge, 'saveFile'>,
  item: Evidence,
): Promise<void> {
  if (!item.file) return;
  const blob = await loadEvidenceFile(db, item.id);
  if (!blob) throw new Error(`the file of "${item.title}" is missing from storage`);
  const name = toSafeFileName(item.file.name);
  const extension = fileExtension(name);
  await bridge.saveFile({
    suggestedName: name,
    filters: extension ? [{ name: extension.toUpperCase(), extensions: [extension] }] : [],
    data: new Uint8Array(await blob.arrayBuffer()),
    mimeType: item.file.mimeType,
  });
}
