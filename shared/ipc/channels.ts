/**
 * IPC channel names. Kept free of imports so the sandboxed preload can bundle it
 * without pulling zod in; the schemas for each channel live in ./contract.ts.
 */
export const IPC_CHANNELS = {
  appInfo: 'app:info',
  saveFile: 'file:save',
  openFile: 'file:open',
  openExternal: 'shell:open-external',
  setLanguage: 'app:set-language',
  backupsList: 'backups:list',
  backupsWrite: 'backups:write',
  backupsRead: 'backups:read',
  backupsVersion: 'backups:version',
  backupsVersionSeen: 'backups:version-seen',
  backupsQuitDone: 'backups:quit-done',
  openedFilesTake: 'files:take-opened',
  notify: 'app:notify',
} as const;

export type IpcChannelKey = keyof typeof IPC_CHANNELS;

/** Messages the main process sends to the page (no reply); the preload subscribes by name. */
export const IPC_EVENTS = {
  quitBackupRequested: 'backups:quit-requested',
  /** Files the OS asked the app to open are waiting: the page takes them with openedFilesTake. */
  filesOpened: 'files:opened',
  /** A menu command (an AppCommand) for the page to carry out. */
  menuCommand: 'menu:command',
} as const;
