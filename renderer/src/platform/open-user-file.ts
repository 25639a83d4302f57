import type { FileKind } from '../../../shared/files/file-kinds';
import type { FileKindId, FileProblem } from '../../../shared/files/file-problem';
import { i18n } from '../i18n';
import type { Bridge, OpenFileResult } from './bridge';
import { decodeFile } from './decode-off-thread';

/** A file already in hand: chosen in a dialog, or double-clicked and read by the host. */
export type PickedFile = Exclude<OpenFileResult, { status: 'cancelled' }>;

export type OpenedUserFile<T> =
  | { status: 'cancelled' }
  | { status: 'problem'; name: string; problem: FileProblem }
  | { status: 'opened'; name: string; value: T };

/**
 * Asks for one file of a kind and reads it through that kind's decode: the host refuses a file
 * over the limit before reading it, and nothing else turns bytes into data. The decoding runs in
 * a Web Worker (`decodeFile`), so no file, however hostile, freezes the page. `onRead` runs once
 * the bytes are in, before decoding, so a screen can show it is busy with a large file. A file the
 * OS opened (`picked`) takes the same path from there, so a double-click bypasses nothing.
 */
export async function openUserFile<T, K extends FileKindId>(
  bridge: Pick<Bridge, 'openFile'>,
  kind: FileKind<T, K>,
  onRead?: (name: string) => void | Promise<void>,
  picked?: PickedFile,
): Promise<OpenedUserFile<T>> {
  const file =
    picked ??
    (await bridge.openFile({
      filters: [
        { name: i18n.t(`fileProblems.kinds.${kind.id}`), extensions: [...kind.extensions] },
      ],
      maxBytes: kind.maxBytes,
    }));
  if (file.status === 'cancelled') return file;
  if (file.status === 'too-large' || file.data.byteLength > kind.maxBytes) {
    const size = file.status === 'too-large' ? file.size : file.data.byteLength;
    const problem = { kind: 'too-large', size, maxBytes: kind.maxBytes } as const;
    return { status: 'problem', name: file.name, problem };
  }
  await onRead?.(file.name);
  const read = await decodeFile(kind, file.data);
  return read.ok
    ? { status: 'opened', name: file.name, value: read.value }
    : { status: 'problem', name: file.name, problem: read.problem };
}
