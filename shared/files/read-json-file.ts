import type { z } from 'zod';
import { isCutShortJson } from './cut-short-json';
import { fileIssueOf } from './file-issues';
import { fileProblem, type FileIssue, type FileResult } from './file-problem';
import { formatProblem, type JsonKindId } from './json-formats';
import { readTextFile } from './read-text-file';

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

/**
 * The path every JSON file the app opens goes through: size limit before reading, strict UTF-8,
 * JSON (telling a file cut short from one that is not JSON), the kind and format version the file
 * names, then the kind's zod schema.
 *
 * Crafted files stop here too: JSON.parse makes a "__proto__" key an own property, never a
 * prototype, and zod's objects refuse or drop it; deep nesting is refused by the schema where it
 * first differs, without walking it.
 */
export function readJsonFile<S extends z.ZodType>(
  bytes: Uint8Array,
  schema: S,
  { maxBytes, format }: { maxBytes: number; format?: JsonKindId },
): FileResult<z.output<S>> {
  const text = readTextFile(bytes, { maxBytes });
  if (!text.ok) return text;
  let data: unknown;
  try {
    data = JSON.parse(text.value);
  } catch (error) {
    if (isCutShortJson(text.value)) return fileProblem({ kind: 'truncated' });
    const detail = error instanceof Error ? error.message : String(error);
    return fileProblem({ kind: 'not-json', detail });
  }
  const named = format && formatProblem(data, format);
  if (named) return fileProblem(named);
  const parsed = schema.safeParse(data);
  if (parsed.success) return { ok: true, value: parsed.data };
  const all = parsed.error.issues.map((issue): FileIssue => {
    const own = fileIssueOf(issue);
    return { path: formatPath(issue.path), message: issue.message, ...own };
  });
  // A list whose checking stopped early says so first: it explains why the rest is not listed.
  const stopped = all.filter((issue) => issue.code === 'checking-stopped');
  const rest = all.filter((issue) => issue.code !== 'checking-stopped');
  const issues = [...stopped, ...rest].slice(0, MAX_REPORTED_ISSUES);
  return fileProblem({ kind: 'invalid', issues });
}
