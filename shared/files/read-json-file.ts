import type { z } from 'zod';

/**
 * The one path every imported file goes through: size limit before reading, strict UTF-8,
 * JSON, then the file's zod schema. Failures are codes with details, never thrown text, so the
 * renderer can say what is wrong and where in the user's language.
 */
export type FileProblem =
  | { kind: 'too-large'; size: number; maxBytes: number }
  | { kind: 'empty' }
  | { kind: 'not-text' }
  | { kind: 'not-json'; detail: string }
  | { kind: 'invalid'; issues: FileIssue[] };

export interface FileIssue {
  /** Where in the file, e.g. "units[3].elements[0].criteria[2].question"; "" for the whole file. */
  path: string;
  message: string;
}

export type FileResult<T> = { ok: true; value: T } | { ok: false; problem: FileProblem };

/** zod's path as a reader would write it: units[3].title */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) =>
      typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

/** At most this many issues are reported; a broken file can have thousands. */
export const MAX_REPORTED_ISSUES = 50;

export function readJsonFile<S extends z.ZodType>(
  bytes: Uint8Array,
  schema: S,
  { maxBytes }: { maxBytes: number },
): FileResult<z.output<S>> {
  if (bytes.byteLength > maxBytes) {
    return { ok: false, problem: { kind: 'too-large', size: bytes.byteLength, maxBytes } };
  }
  if (bytes.byteLength === 0) return { ok: false, problem: { kind: 'empty' } };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problem: { kind: 'not-text' } };
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return {
      ok: false,
      problem: { kind: 'not-json', detail: error instanceof Error ? error.message : String(error) },
    };
  }
  const parsed = schema.safeParse(data);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issues = parsed.error.issues
    .slice(0, MAX_REPORTED_ISSUES)
    .map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
  return { ok: false, problem: { kind: 'invalid', issues } };
}
