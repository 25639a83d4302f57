/** The data section (Data & Cadangan): backups, restore, storage health and the reminders about them. */
export { backupBeforeUpgrade } from './upgrade-backup';
export { holdsUserData, startAutoBackups } from './auto-backup';
export { readLastBackup } from './last-backup';
export { BackupReminder } from './BackupReminder';
export { DataPage } from './DataPage';
export { QuitBackupNotice } from './QuitBackupNotice';
export { QuotaAlert } from './QuotaAlert';
