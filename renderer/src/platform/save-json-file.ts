import { toSafeFileName } from '../../../shared/files/file-name';
import type { Bridge, SaveFileResult } from './bridge';

/**
 * Saves a JSON file with its own extension (sign-off files, key cards, portfolio data) through
 * the host's save dialog, or as a download in the browser.
 */
export function saveJsonFile(
  bridge: Pick<Bridge, 'saveFile'>,
  baseName: string,
  extension: string,
  filterName: string,
  value: unknown,
): Promise<SaveFileResult> {
  return bridge.saveFile({
    suggestedName: `${toSafeFileName(baseName)}.${extension}`,
    filters: [{ name: filterName, extensions: [extension] }],
    data: JSON.stringify(value, null, 2),
    mimeType: 'application/json',
  });
}
