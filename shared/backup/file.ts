/**
 * A full backup file: a zip holding `manifest.json` (format, versions, time, checksums) and the
 * data, or, when locked with a passphrase, the data sealed with AES-GCM.
 */
export const BACKUP_FILE = {
  extension: 'kompeten-cadangan',
  format: 'kompeten.backup',
  /** 200 evidence files of up to 20 MB each would be 4 GB; real profiles stay far below this. */
  maxBytes: 512 * 1024 * 1024,
} as const;

/** Why a backup was made. Manual ones are saved by the user; the others are automatic. */
export const BACKUP_REASONS = ['manual', 'schedule', 'quit', 'upgrade', 'before-restore'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];
