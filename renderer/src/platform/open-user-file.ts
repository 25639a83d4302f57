import type { FileKind } from '../../../shared/files/file-kinds';
import type { FileProblem } from '../../../shared/files/file-problem';
import { i18n } from '../i18n';
import { bridge } from './index';

export type OpenedUserFile<T> =
  | { status: 'cancelled' }
  | { status: 'problem'; name: string; problem: FileProblem }
  | { status: 'opened'; name: string; value: T };

/**
 * Asks for one file of a kind and reads it through that kind's decode: the host refuses a file
 * over the limit before reading it, and nothing else turns bytes into data. `onRead` runs once the
 * bytes are in, before decoding, so a screen can show it is busy with a large file.
 */
export async function openUserFile<T>(
  kind: FileKind<T>,
  onRead?: (name: string) => void | Promise<void>,
): Promise<OpenedUserFile<T>> {
  const file = await bridge.openFile({
    filters: [{ name: i18n.t(`fileProblems.kinds.${kind.id}`), extensions: [...kind.extensions] }],
    maxBytes: kind.maxBytes,
  });
  if (file.status === 'cancelled') return file;
  if (file.status === 'too-large') {
    const problem = { kind: 'too-large', size: file.size, maxBytes: kind.maxBytes } as const;
    return { status: 'problem', name: file.name, problem };
  }
  await onRead?.(file.name);
  const read = await kind.decode(file.data);
  return read.ok
    ? { status: 'opened', name: file.name, value: read.value }
    : { status: 'problem', name: file.name, problem: read.problem };
}
