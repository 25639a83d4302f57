import type { z } from 'zod';
import { readJsonFile, type FileProblem } from '../../../../shared/files/read-json-file';
import { SIGNOFF_MAX_BYTES } from '../../../../shared/signoff/files';
import { bridge } from '../../platform';

export type OpenedFile<T> =
  | { status: 'cancelled' }
  | { status: 'problem'; name: string; problem: FileProblem }
  | { status: 'opened'; name: string; value: T };

/** Asks for one sign-off file of a kind and reads it through its schema. */
export async function openSignoffFile<S extends z.ZodType>(options: {
  extension: string;
  filterName: string;
  schema: S;
}): Promise<OpenedFile<z.output<S>>> {
  const file = await bridge.openFile({
    filters: [{ name: options.filterName, extensions: [options.extension] }],
    maxBytes: SIGNOFF_MAX_BYTES,
  });
  if (file.status === 'cancelled') return file;
  if (file.status === 'too-large') {
    const problem = { kind: 'too-large', size: file.size, maxBytes: SIGNOFF_MAX_BYTES } as const;
    return { status: 'problem', name: file.name, problem };
  }
  const read = readJsonFile(file.data, options.schema, { maxBytes: SIGNOFF_MAX_BYTES });
  return read.ok
    ? { status: 'opened', name: file.name, value: read.value }
    : { status: 'problem', name: file.name, problem: read.problem };
}
