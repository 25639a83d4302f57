import { OWN_FILE_TYPES } from '../files/own-file-types';

/**
 * A full backup file: a zip holding `manifest.json` (format, versions, time, checksums) and the
 * data, or, when locked with a passphrase, the data sealed with AES-GCM.
 */
export const BACKUP_FILE = {
  ...OWN_FILE_TYPES.backup,
  format: 'kompeten.backup',
} as const;

/** Why a backup was made. Manual ones are saved by the user; the others are automatic. */
export const BACKUP_REASONS = ['manual', 'schedule', 'quit', 'upgrade', 'before-restore'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];
