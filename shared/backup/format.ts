import { z } from 'zod';
import { BACKUP_FILE, BACKUP_REASONS } from './file';
import { TABLE_NAMES, TABLES, type BackupTables } from '../storage/tables';
import { issueOf } from '../files/file-issues';

/**
 * What is inside a backup zip. `manifest.json` is always readable; it says how the rest is
 * stored. A plain backup has `data.json` (the tables) and one `files/<n>` entry per evidence
 * file (n is its place in data.json's file list); a locked one has `sealed.bin`, the AES-GCM sealed bytes of a plain backup zip.
 */
export const ENTRY = {
  manifest: 'manifest.json',
  data: 'data.json',
  sealed: 'sealed.bin',
  filePrefix: 'files/',
} as const;

const isoTime = z.iso.datetime({ offset: true });
const sha256 = z.string().refine((v) => /^[0-9a-f]{64}$/.test(v), issueOf('checksum-format'));
const base64 = z
  .string()
  .regex(/^[A-Za-z0-9+/]+={0,2}$/)
  .max(100);

const common = {
  format: z.literal(BACKUP_FILE.format),
  version: z.literal(1),
  schemaVersion: z.number().int().min(1).max(1000),
  appVersion: z.string().max(50),
  createdAt: isoTime,
  reason: z.enum(BACKUP_REASONS),
};

export const manifestSchema = z.discriminatedUnion('encrypted', [
  z.strictObject({
    ...common,
    encrypted: z.literal(false),
    /** SHA-256 of `data.json`, whose file list holds each evidence file's own SHA-256. */
    checksum: sha256,
  }),
  z.strictObject({
    ...common,
    encrypted: z.literal(true),
    cipher: z.literal('AES-GCM'),
    kdf: z.literal('PBKDF2-SHA256'),
    // A crafted manifest must not make each try at a passphrase take minutes.
    iterations: z.number().int().min(100_000).max(2_000_000),
    salt: base64,
    iv: base64,
  }),
]);
export type Manifest = z.output<typeof manifestSchema>;
export type BackupMeta = Pick<Manifest, 'schemaVersion' | 'appVersion' | 'createdAt' | 'reason'>;

/** An evidence file as `data.json` lists it; its bytes are in the zip entry `files/<n>`. */
export const fileEntrySchema = z.strictObject({
  id: z.string().min(1).max(200),
  type: z.string().max(200),
  size: z.number().int().min(0).max(BACKUP_FILE.maxBytes),
  sha256,
});
export type FileEntry = z.output<typeof fileEntrySchema>;

/** Far more rows than any one person's records. */
export const MAX_ROWS = 500_000;

/** `data.json` after migration to the current schema version. */
export const dataSchema = z.strictObject({
  tables: z.strictObject(
    Object.fromEntries(
      TABLE_NAMES.map((name) => [name, z.array(TABLES[name].schema).max(MAX_ROWS)]),
    ) as { [T in keyof BackupTables]: z.ZodArray<(typeof TABLES)[T]['schema']> },
  ),
  files: z.array(fileEntrySchema).max(MAX_ROWS),
});

/** An evidence file's bytes, as the backup carries them. */
export interface EvidenceBytes {
  id: string;
  type: string;
  bytes: Uint8Array<ArrayBuffer>;
}

/** Everything a backup holds: the tables and the evidence files' bytes. */
export interface BackupSnapshot {
  tables: BackupTables;
  files: EvidenceBytes[];
}
