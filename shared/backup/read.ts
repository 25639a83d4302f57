import { unzipSync, type Unzipped } from 'fflate';
import { z } from 'zod';
import { ownIssue, type FileIssue, type FileProblem } from '../files/file-problem';
import { jsonKindOf } from '../files/json-formats';
import { formatPath, readJsonFile } from '../files/read-json-file';
import { unsealBytes, WrongPassphraseError } from '../signing/passphrase';
import { sha256Hex } from './checksum';
import { BACKUP_FILE } from './file';
import {
  dataSchema,
  ENTRY,
  manifestSchema,
  MAX_ROWS,
  type BackupMeta,
  type BackupSnapshot,
  type EvidenceBytes,
  type Manifest,
} from './format';
import { CURRENT_SCHEMA_VERSION, migrateTables } from './migrate';
import { TABLES, type TableName } from '../storage/tables';

export type BackupProblem =
  | FileProblem
  /** Not a zip at all: some other file was picked. */
  | { kind: 'not-backup' }
  /** A zip, but a part is missing or cannot be unpacked: truncated or broken on the way. */
  | { kind: 'damaged'; part: string }
  /** A part does not match its checksum: changed or corrupted after it was written. */
  | { kind: 'checksum'; part: string }
  /** Made by a newer Kompeten whose data this version cannot read yet. */
  | { kind: 'newer-schema'; schemaVersion: number; appVersion: string }
  | { kind: 'needs-passphrase'; meta: OpenedMeta }
  | { kind: 'wrong-passphrase' };

/** About the backup, as its manifest says; `encrypted` tells whether a passphrase was needed. */
export type OpenedMeta = BackupMeta & { encrypted: boolean };

export type BackupReadResult =
  { ok: true; meta: OpenedMeta; snapshot: BackupSnapshot } | { ok: false; problem: BackupProblem };

const MAX_MANIFEST_BYTES = 64 * 1024;
const KNOWN_ENTRY = /^(manifest\.json|data\.json|sealed\.bin|files\/\d{1,6})$/;
const fail = (problem: BackupProblem) => ({ ok: false, problem }) as const;

/** Starts like a zip: a local file header, or an empty archive's end record. */
const looksLikeZip = (b: Uint8Array) =>
  b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && (b[2] === 3 || b[2] === 5);

/** Deflate makes at most 1032 bytes of one; an entry claiming more is lying about its size. */
const MAX_DEFLATE_RATIO = 1032;
const DEFLATED = 8;
/** The manifest, the data and one entry per evidence file, and a little room for others. */
const MAX_ENTRIES = MAX_ROWS + 100;

/** A backup in a container version this app does not read, as opposed to a broken manifest. */
function versionProblem(manifest: Uint8Array): BackupProblem | null {
  try {
    const { format, version } = JSON.parse(new TextDecoder().decode(manifest)) as Record<
      string,
      unknown
    >;
    const supported = manifestSchema.options[0].shape.version.value;
    return format === BACKUP_FILE.format && typeof version === 'number' && version !== supported
      ? { kind: 'wrong-version', found: version, supported }
      : null;
  } catch {
    return null;
  }
}

/** Larger than any of the app's JSON files: such a file is not parsed just to name it. */
const MAX_SNIFF_BYTES = 64 * 1024 * 1024;

/** Another Kompeten file chosen by mistake is named; anything else is simply not a backup. */
function notZip(bytes: Uint8Array): BackupProblem {
  if (bytes.byteLength > MAX_SNIFF_BYTES) return { kind: 'not-backup' };
  try {
    const found = jsonKindOf(JSON.parse(new TextDecoder().decode(bytes)));
    if (found) return { kind: 'wrong-type', found };
  } catch {
    // Not JSON: not ours.
  }
  return { kind: 'not-backup' };
}

/**
 * Unpacks only the entries a backup has, and never more bytes than each says it holds (a
 * deflated entry that inflates further is cut off there, then fails its checksum). The size an
 * entry claims is allocated before inflating, so a claim its compressed bytes cannot hold is
 * refused first.
 */
function unzip(bytes: Uint8Array): Unzipped | null {
  let declared = 0;
  let count = 0;
  try {
    return unzipSync(bytes, {
      filter: ({ name, size, originalSize, compression }) => {
        // The directory's entry count is not checked against the file: a crafted one would
        // keep fflate reading past the end for billions of entries.
        if (++count > MAX_ENTRIES) throw new Error('more entries than a backup has');
        if (!KNOWN_ENTRY.test(name)) return false;
        if (compression === DEFLATED && originalSize > size * MAX_DEFLATE_RATIO + 1024) {
          throw new Error('claims more than its compressed bytes can hold');
        }
        declared += originalSize;
        if (declared > 2 * BACKUP_FILE.maxBytes) throw new Error('declares too much data');
        return true;
      },
    });
  } catch {
    return null;
  }
}

/**
 * Reads a backup file all the way: zip, manifest, passphrase, checksums, then every row through
 * its table's schema after migrating older versions. Nothing is written; the caller restores.
 */
export async function readBackup(
  bytes: Uint8Array<ArrayBuffer>,
  passphrase?: string,
): Promise<BackupReadResult> {
  if (bytes.byteLength > BACKUP_FILE.maxBytes) {
    return fail({ kind: 'too-large', size: bytes.byteLength, maxBytes: BACKUP_FILE.maxBytes });
  }
  if (bytes.byteLength === 0) return fail({ kind: 'empty' });
  return readZip(bytes, passphrase, true);
}

async function readZip(
  bytes: Uint8Array<ArrayBuffer>,
  passphrase: string | undefined,
  mayBeLocked: boolean,
): Promise<BackupReadResult> {
  if (!looksLikeZip(bytes)) return fail(notZip(bytes));
  const entries = unzip(bytes);
  if (!entries) return fail({ kind: 'damaged', part: 'zip' });
  const manifestBytes = entries[ENTRY.manifest];
  if (!manifestBytes) return fail({ kind: 'damaged', part: ENTRY.manifest });
  const read = readJsonFile(manifestBytes, manifestSchema, { maxBytes: MAX_MANIFEST_BYTES });
  if (!read.ok) return fail(versionProblem(manifestBytes) ?? read.problem);
  const manifest = read.value;
  if (manifest.schemaVersion > CURRENT_SCHEMA_VERSION) {
    const { schemaVersion, appVersion } = manifest;
    return fail({ kind: 'newer-schema', schemaVersion, appVersion });
  }
  if (!manifest.encrypted) return readPlain(manifest, entries);
  // A locked backup holds a plain one; anything locked twice was not made by the app.
  if (!mayBeLocked) return fail({ kind: 'damaged', part: ENTRY.sealed });
  if (passphrase === undefined) {
    return fail({ kind: 'needs-passphrase', meta: metaOf(manifest) });
  }
  const sealed = entries[ENTRY.sealed];
  if (!sealed) return fail({ kind: 'damaged', part: ENTRY.sealed });
  let inner: Uint8Array<ArrayBuffer>;
  try {
    inner = await unsealBytes(manifest, sealed as Uint8Array<ArrayBuffer>, passphrase);
  } catch (error) {
    if (error instanceof WrongPassphraseError) return fail({ kind: 'wrong-passphrase' });
    throw error;
  }
  const opened = await readZip(inner, undefined, false);
  return opened.ok ? { ...opened, meta: { ...opened.meta, encrypted: true } } : opened;
}

const metaOf = (m: Manifest): OpenedMeta => ({
  schemaVersion: m.schemaVersion,
  appVersion: m.appVersion,
  createdAt: m.createdAt,
  reason: m.reason,
  encrypted: m.encrypted,
});

async function readPlain(
  manifest: Extract<Manifest, { encrypted: false }>,
  entries: Unzipped,
): Promise<BackupReadResult> {
  const dataBytes = entries[ENTRY.data] as Uint8Array<ArrayBuffer> | undefined;
  if (!dataBytes) return fail({ kind: 'damaged', part: ENTRY.data });
  if ((await sha256Hex(dataBytes)) !== manifest.checksum) {
    return fail({ kind: 'checksum', part: ENTRY.data });
  }
  const schema = z
    .looseObject({ tables: z.record(z.string(), z.unknown()) })
    .transform((data) => ({ ...data, tables: migrateTables(data.tables, manifest.schemaVersion) }))
    .pipe(dataSchema);
  const read = readJsonFile(dataBytes, schema, { maxBytes: BACKUP_FILE.maxBytes });
  if (!read.ok) return fail(read.problem);
  const { tables, files: listed } = read.value;

  const files: EvidenceBytes[] = [];
  for (const [i, entry] of listed.entries()) {
    const part = `${ENTRY.filePrefix}${i}`;
    const bytes = entries[part] as Uint8Array<ArrayBuffer> | undefined;
    if (!bytes) return fail({ kind: 'damaged', part });
    if (bytes.byteLength !== entry.size || (await sha256Hex(bytes)) !== entry.sha256) {
      return fail({ kind: 'checksum', part });
    }
    files.push({ id: entry.id, type: entry.type, bytes });
  }
  const snapshot = { tables, files };
  const issues = consistencyIssues(snapshot);
  if (issues.length > 0) return fail({ kind: 'invalid', issues });
  return { ok: true, meta: metaOf(manifest), snapshot };
}

/** Rows the schemas accept one by one but not together: repeated keys, files without owners. */
export function consistencyIssues({ tables, files }: BackupSnapshot): FileIssue[] {
  const issues: FileIssue[] = [];
  const at = (...path: (string | number)[]) => formatPath(path);
  for (const [name, rows] of Object.entries(tables)) {
    const key = TABLES[name as TableName].key as (row: unknown) => string;
    const seen = new Set<string>();
    rows.forEach((row, i) => {
      const k = key(row);
      if (seen.has(k)) issues.push(ownIssue(at('tables', name, i), 'duplicate-record'));
      seen.add(k);
    });
  }
  const withFile = new Map(tables.evidence.flatMap((e) => (e.file ? [[e.id, e.file]] : [])));
  const seenFiles = new Set<string>();
  files.forEach((file, i) => {
    const owner = withFile.get(file.id);
    if (!owner || seenFiles.has(file.id)) {
      issues.push(ownIssue(at('files', i), 'orphan-file'));
    } else if (owner.size !== file.bytes.byteLength) {
      issues.push(ownIssue(at('files', i), 'file-size-mismatch'));
    }
    seenFiles.add(file.id);
  });
  for (const [i, evidence] of tables.evidence.entries()) {
    if (evidence.file && !seenFiles.has(evidence.id)) {
      issues.push(ownIssue(at('tables', 'evidence', i, 'file'), 'file-missing'));
    }
  }
  return issues;
}
