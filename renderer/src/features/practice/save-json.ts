import { toSafeFileName } from '../../../../shared/files/file-name';
import { bridge } from '../../platform';

/** Saves a sign-off file (JSON with its own extension) through the host's save dialog. */
export async function saveSignoffFile(
  baseName: string,
  extension: string,
  filterName: string,
  value: unknown,
): Promise<boolean> {
  const result = await bridge.saveFile({
    suggestedName: `${toSafeFileName(baseName)}.${extension}`,
    filters: [{ name: filterName, extensions: [extension] }],
    data: JSON.stringify(value, null, 2),
    mimeType: 'application/json',
  });
  return result.saved;
}
