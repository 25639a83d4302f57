import { fileProblem, type FileResult } from './file-problem';

/**
 * The first steps for every text file the app reads: the size limit before anything is decoded,
 * then strict UTF-8 (a byte-order mark is allowed and dropped).
 */
export function readTextFile(
  bytes: Uint8Array,
  { maxBytes }: { maxBytes: number },
): FileResult<string> {
  if (bytes.byteLength > maxBytes) {
    return fileProblem({ kind: 'too-large', size: bytes.byteLength, maxBytes });
  }
  if (bytes.byteLength === 0) return fileProblem({ kind: 'empty' });
  let text: string;
  try {
    // The decoder drops a leading byte-order mark itself.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fileProblem({ kind: 'not-text' });
  }
  // NUL is valid UTF-8 but never in a text file; it means binary data.
  if (text.includes('\0')) return fileProblem({ kind: 'not-text' });
  // Only spaces and line breaks: nothing was saved in it.
  if (!/\S/.test(text)) return fileProblem({ kind: 'empty' });
  return { ok: true, value: text };
}
