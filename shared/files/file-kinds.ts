import type { z } from 'zod';
import { BACKUP_FILE } from '../backup/file';
import { bankSchema } from '../exam/bank';
import { frameworkPackSchema } from '../framework/pack';
import { PORTFOLIO_BUNDLE_FILE, portfolioBundleSchema } from '../portfolio/bundle';
import { CSV_LIMITS } from '../practice/csv';
import {
  keyBackupSchema,
  keyCardSchema,
  SIGNOFF_FILES,
  SIGNOFF_MAX_BYTES,
  signoffRequestSchema,
  signoffResponseSchema,
} from '../signoff/files';
import { fileIssueOf } from './file-issues';
import { fileProblem, type FileIssue, type FileKindId, type FileResult } from './file-problem';
import { jsonKindOf, type JsonKindId } from './json-formats';
import { formatPath, MAX_REPORTED_ISSUES, readJsonFile } from './read-json-file';
import { readTextFile } from './read-text-file';

/** What a file of each kind holds once its entry in FILE_KINDS has accepted it. */
export interface FileValues {
  pack: z.output<typeof frameworkPackSchema>;
  bank: z.output<typeof bankSchema>;
  request: z.output<typeof signoffRequestSchema>;
  response: z.output<typeof signoffResponseSchema>;
  keyCard: z.output<typeof keyCardSchema>;
  keyBackup: z.output<typeof keyBackupSchema>;
  portfolioBundle: z.output<typeof portfolioBundleSchema>;
  csv: string;
  backup: Uint8Array<ArrayBuffer>;
}

/**
 * A kind of file the user opens: what the open dialog offers, the size limit, and the one way its
 * bytes are read. Nothing is stored until the whole file is accepted.
 *
 * Reading is two steps, so that the heavy one can run in a Web Worker, which takes data but no
 * code: `FILE_KINDS[id].decode` turns the bytes into a `FileValues[id]` (size, text, JSON, kind,
 * version, schema), then `refine` checks what this kind adds on the value it gave (a caller's
 * stricter schema; nothing for the entries of FILE_KINDS). `decode` does both in one go, in the
 * calling thread.
 */
export interface FileKind<T, K extends FileKindId = FileKindId> {
  /** Also the entry of FILE_KINDS whose `decode` reads the bytes. */
  id: K;
  /** Offered by the open dialog; without the dot. */
  extensions: readonly string[];
  /** Checked by the host before the file is read, and again by `decode`. */
  maxBytes: number;
  /**
   * Whether `decode` reads the whole file, so the page runs it in a worker. Not for a backup,
   * whose decode only hands the bytes on (`readBackup` reads them, in a worker too).
   */
  inWorker: boolean;
  /** Both steps in this thread. May be async: a kind that unpacks an archive needs to wait. */
  decode(bytes: Uint8Array): FileResult<T> | Promise<FileResult<T>>;
  /** The second step, on a value `FILE_KINDS[id].decode` accepted; cheap, bounded by its caps. */
  refine(value: FileValues[K]): FileResult<T>;
}

export interface JsonFileKind<K extends JsonKindId> extends FileKind<FileValues[K], K> {
  /**
   * The same kind read through a stricter schema, e.g. one whose check the caller words. The
   * schema is applied to what this kind's own schema output, so it may hold closures: only this
   * kind's schema runs in the worker.
   */
  withSchema<U extends FileValues[K]>(schema: z.ZodType<U>): FileKind<U, K>;
}

const accept = <T>(value: T): FileResult<T> => ({ ok: true, value });

/**
 * Longest issue text kept. zod names every unknown key of a strict object in one message, so a
 * file with a million keys would otherwise bring a message of megabytes for the page to show.
 */
export const MAX_ISSUE_TEXT = 300;

const cut = (text: string) =>
  text.length > MAX_ISSUE_TEXT ? `${text.slice(0, MAX_ISSUE_TEXT - 1)}…` : text;

/** A problem as small as the page can show at once, however much a file did wrong. */
export function boundedProblem<P extends { kind: string }>(problem: P): P {
  if (problem.kind !== 'invalid' || !('issues' in problem)) return problem;
  const issues = (problem.issues as FileIssue[]).map((issue) => ({
    ...issue,
    path: cut(issue.path),
    message: cut(issue.message),
  }));
  return { ...problem, issues };
}

const bounded = <T>(read: FileResult<T>): FileResult<T> =>
  read.ok ? read : fileProblem(boundedProblem(read.problem));

/** The issues of a failed parse as `readJsonFile` reports them: a stopped check first, capped. */
function schemaProblem(error: z.ZodError) {
  const all = error.issues.map((issue): FileIssue => ({
    path: formatPath(issue.path),
    message: issue.message,
    ...fileIssueOf(issue),
  }));
  const stopped = all.filter((issue) => issue.code === 'checking-stopped');
  const rest = all.filter((issue) => issue.code !== 'checking-stopped');
  const issues = [...stopped, ...rest].slice(0, MAX_REPORTED_ISSUES);
  return fileProblem(boundedProblem({ kind: 'invalid', issues }));
}

function jsonKind<K extends JsonKindId>(
  id: K,
  schema: z.ZodType<FileValues[K]>,
  extension: string,
  maxBytes: number,
): JsonFileKind<K> {
  const common = { id, extensions: [extension], maxBytes, inWorker: true };
  const decode = (bytes: Uint8Array) =>
    bounded(readJsonFile(bytes, schema, { maxBytes, format: id }));
  return {
    ...common,
    decode,
    refine: accept,
    withSchema: <U extends FileValues[K]>(strict: z.ZodType<U>): FileKind<U, K> => {
      const refine = (value: FileValues[K]): FileResult<U> => {
        const parsed = strict.safeParse(value);
        return parsed.success ? accept(parsed.data) : schemaProblem(parsed.error);
      };
      return {
        ...common,
        refine,
        decode: (bytes) => {
          const read = decode(bytes);
          return read.ok ? refine(read.value) : read;
        },
      };
    },
  };
}

/**
 * A practice-log CSV as text. The parser runs in the import preview, where the log's vocabulary
 * is known; a Kompeten JSON file chosen by mistake is named here.
 */
function readCsvText(bytes: Uint8Array): FileResult<string> {
  const text = readTextFile(bytes, { maxBytes: CSV_LIMITS.maxBytes });
  if (!text.ok || !text.value.trimStart().startsWith('{')) return text;
  let found: JsonKindId | null = null;
  try {
    found = jsonKindOf(JSON.parse(text.value));
  } catch {
    // Not JSON either: the parser says what the file lacks.
  }
  return found ? fileProblem({ kind: 'wrong-type', found }) : text;
}

/** Packs are text; even the official standard with every criterion is far below this. */
const MAX_PACK_BYTES = 5 * 1024 * 1024;

/** About 1.8 kB an item: room for the 20,000 items a bank may hold. */
const MAX_BANK_BYTES = 40 * 1024 * 1024;

/** Every kind of file the app opens, each read only through its entry here. */
export const FILE_KINDS = {
  pack: jsonKind('pack', frameworkPackSchema, 'json', MAX_PACK_BYTES),
  bank: jsonKind('bank', bankSchema, 'json', MAX_BANK_BYTES),
  request: jsonKind(
    'request',
    signoffRequestSchema,
    SIGNOFF_FILES.request.extension,
    SIGNOFF_MAX_BYTES,
  ),
  response: jsonKind(
    'response',
    signoffResponseSchema,
    SIGNOFF_FILES.response.extension,
    SIGNOFF_MAX_BYTES,
  ),
  keyCard: jsonKind('keyCard', keyCardSchema, SIGNOFF_FILES.keyCard.extension, SIGNOFF_MAX_BYTES),
  keyBackup: jsonKind(
    'keyBackup',
    keyBackupSchema,
    SIGNOFF_FILES.keyBackup.extension,
    SIGNOFF_MAX_BYTES,
  ),
  portfolioBundle: jsonKind(
    'portfolioBundle',
    portfolioBundleSchema,
    PORTFOLIO_BUNDLE_FILE.extension,
    PORTFOLIO_BUNDLE_FILE.maxBytes,
  ),
  csv: {
    id: 'csv',
    extensions: ['csv', 'txt'],
    maxBytes: CSV_LIMITS.maxBytes,
    inWorker: true,
    decode: readCsvText,
    refine: accept<FileValues['csv']>,
  },
  // A zip, read further by `readBackup` once the user has given a passphrase if one is needed.
  backup: {
    id: 'backup',
    extensions: [BACKUP_FILE.extension],
    maxBytes: BACKUP_FILE.maxBytes,
    inWorker: false,
    decode: (bytes) => accept(bytes as FileValues['backup']),
    refine: accept<FileValues['backup']>,
  },
} satisfies { [K in FileKindId]: FileKind<FileValues[K], K> };
