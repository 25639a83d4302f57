/** The backup feature's public face: what the layout, the router, start-up and reminders use. */
export { backupBeforeUpgrade } from './upgrade-backup';
export { holdsUserData, startAutoBackups } from './auto-backup';
export { readLastBackup } from './last-backup';
export { BackupReminder } from './BackupReminder';
export { DataPage } from './DataPage';
export { QuitBackupNotice } from './QuitBackupNotice';
export { QuotaAlert } from './QuotaAlert';
