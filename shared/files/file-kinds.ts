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
import { fileProblem, type FileKindId, type FileResult } from './file-problem';
import { jsonKindOf, type JsonKindId } from './json-formats';
import { readJsonFile } from './read-json-file';
import { readTextFile } from './read-text-file';

/**
 * A kind of file the user opens: what the open dialog offers, the size limit, and the one way its
 * bytes are read. Nothing is stored until `decode` has accepted the whole file.
 */
export interface FileKind<T> {
  id: FileKindId;
  /** Offered by the open dialog; without the dot. */
  extensions: readonly string[];
  /** Checked by the host before the file is read, and again by `decode`. */
  maxBytes: number;
  /** May be async: a kind that checks checksums or unpacks an archive needs to wait. */
  decode(bytes: Uint8Array): FileResult<T> | Promise<FileResult<T>>;
}

export interface JsonFileKind<T> extends FileKind<T> {
  /** The same kind read through a stricter schema, e.g. one whose check the caller words. */
  withSchema<U extends T>(schema: z.ZodType<U>): FileKind<U>;
}

function jsonKind<T>(
  id: JsonKindId,
  schema: z.ZodType<T>,
  extension: string,
  maxBytes: number,
): JsonFileKind<T> {
  const kind = <U>(read: z.ZodType<U>): FileKind<U> => ({
    id,
    extensions: [extension],
    maxBytes,
    decode: (bytes) => readJsonFile(bytes, read, { maxBytes, format: id }),
  });
  return { ...kind(schema), withSchema: kind };
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
    decode: readCsvText,
  },
  // A zip, read further by `readBackup` once the user has given a passphrase if one is needed.
  backup: {
    id: 'backup',
    extensions: [BACKUP_FILE.extension],
    maxBytes: BACKUP_FILE.maxBytes,
    decode: (bytes) => ({ ok: true, value: bytes as Uint8Array<ArrayBuffer> }),
  },
} satisfies Record<FileKindId, FileKind<unknown>>;
