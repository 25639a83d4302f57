import { zipSync, type Zippable } from 'fflate';
import { PBKDF2_ITERATIONS, sealBytes } from '../signing/passphrase';
import { sha256Hex } from './checksum';
import { BACKUP_FILE } from './file';
import {
  ENTRY,
  type BackupMeta,
  type EvidenceBytes,
  type FileEntry,
  type Manifest,
} from './format';
import { CURRENT_SCHEMA_VERSION } from './migrate';

const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

/** Evidence files are mostly PDFs and photos, compressed already: store them as they are. */
const STORE = { level: 0 } as const;

export interface WriteOptions {
  /** Locks the backup: without the passphrase nothing but the manifest can be read. */
  passphrase?: string;
  /** Only tests lower this; see PBKDF2_ITERATIONS. */
  iterations?: number;
}

/** The evidence files as `data.json` lists them: each with its size and checksum. */
export const listFiles = (files: readonly EvidenceBytes[]): Promise<FileEntry[]> =>
  Promise.all(
    files.map(async ({ id, type, bytes }) => ({
      id,
      type,
      size: bytes.byteLength,
      sha256: await sha256Hex(bytes),
    })),
  );

/**
 * What is written: a `BackupSnapshot` of the current schema, or, just before an upgrade, the
 * tables as an older schema version holds them (then `meta.schemaVersion` says which).
 */
export interface SnapshotToWrite {
  tables: Readonly<Record<string, readonly unknown[]>>;
  files: readonly EvidenceBytes[];
}

/** One backup file holding every table and every evidence file, with checksums. */
export async function writeBackup(
  snapshot: SnapshotToWrite,
  meta: Omit<BackupMeta, 'schemaVersion'> & { schemaVersion?: number },
  { passphrase, iterations = PBKDF2_ITERATIONS }: WriteOptions = {},
): Promise<Uint8Array<ArrayBuffer>> {
  const data = json({ tables: snapshot.tables, files: await listFiles(snapshot.files) });
  const common = {
    format: BACKUP_FILE.format,
    version: 1,
    ...meta,
    schemaVersion: meta.schemaVersion ?? CURRENT_SCHEMA_VERSION,
  } as const;
  const manifest: Manifest = { ...common, encrypted: false, checksum: await sha256Hex(data) };
  const entries: Zippable = {
    [ENTRY.manifest]: [json(manifest), STORE],
    [ENTRY.data]: [data, { level: 6 }],
  };
  snapshot.files.forEach(({ bytes }, i) => {
    entries[`${ENTRY.filePrefix}${i}`] = [bytes, STORE];
  });
  const plain = zipSync(entries) as Uint8Array<ArrayBuffer>;
  if (!passphrase) return plain;

  const { params, ciphertext } = await sealBytes(plain, passphrase, iterations);
  const locked: Manifest = { ...common, encrypted: true, cipher: 'AES-GCM', ...params };
  return zipSync({
    [ENTRY.manifest]: [json(locked), STORE],
    [ENTRY.sealed]: [ciphertext, STORE],
  }) as Uint8Array<ArrayBuffer>;
}
