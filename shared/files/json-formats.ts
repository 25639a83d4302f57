import { BANK_FORMAT, BANK_FORMAT_VERSION } from '../exam/bank';
import { PACK_FORMAT, PACK_FORMAT_VERSION } from '../framework/pack';
import { PORTFOLIO_BUNDLE_FILE, portfolioBundleSchema } from '../portfolio/bundle';
import {
  keyBackupSchema,
  keyCardSchema,
  SIGNOFF_FILES,
  signoffRequestSchema,
  signoffResponseSchema,
} from '../signoff/files';
import type { FileKindId, FileProblem } from './file-problem';

/**
 * How each Kompeten JSON file names itself: a `format` string and a format version. Read before
 * the schema, so a file of another kind or version is named as such instead of failing field
 * by field.
 */
export const JSON_FORMATS = {
  // A pack's own `version` is that of its content (e.g. "2.0"); its format has a field of its own.
  pack: { format: PACK_FORMAT, versionField: 'formatVersion', version: PACK_FORMAT_VERSION },
  bank: { format: BANK_FORMAT, versionField: 'formatVersion', version: BANK_FORMAT_VERSION },
  request: {
    format: SIGNOFF_FILES.request.format,
    versionField: 'version',
    version: signoffRequestSchema.shape.version.value,
  },
  response: {
    format: SIGNOFF_FILES.response.format,
    versionField: 'version',
    version: signoffResponseSchema.shape.version.value,
  },
  keyCard: {
    format: SIGNOFF_FILES.keyCard.format,
    versionField: 'version',
    version: keyCardSchema.shape.version.value,
  },
  keyBackup: {
    format: SIGNOFF_FILES.keyBackup.format,
    versionField: 'version',
    version: keyBackupSchema.shape.version.value,
  },
  portfolioBundle: {
    format: PORTFOLIO_BUNDLE_FILE.format,
    versionField: 'version',
    version: portfolioBundleSchema.shape.version.value,
  },
} as const satisfies Partial<Record<FileKindId, JsonFormat>>;

export interface JsonFormat {
  format: string;
  versionField: string;
  version: number;
}

export type JsonKindId = keyof typeof JSON_FORMATS;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The kind a parsed JSON file says it is, if it names one of ours. */
export function jsonKindOf(data: unknown): JsonKindId | null {
  if (!isRecord(data) || typeof data.format !== 'string') return null;
  const entry = Object.entries(JSON_FORMATS).find(([, { format }]) => format === data.format);
  return entry ? (entry[0] as JsonKindId) : null;
}

/**
 * A file that names another kind, or this kind in another format version; null otherwise, and
 * the schema has the last word (also on a missing or unknown format).
 */
export function formatProblem(data: unknown, expected: JsonKindId): FileProblem | null {
  const found = jsonKindOf(data);
  if (found === null || !isRecord(data)) return null;
  if (found !== expected) return { kind: 'wrong-type', found };
  const { versionField, version: supported } = JSON_FORMATS[expected];
  const version = data[versionField];
  return typeof version === 'number' && Number.isInteger(version) && version !== supported
    ? { kind: 'wrong-version', found: version, supported }
    : null;
}
