import type { BackupReason } from '../../../shared/backup/file';
import type { AppCommand } from '../../../shared/ipc/app-commands';
import type { IpcArgs, IpcResult } from '../../../shared/ipc/contract';

export type FileFilter = { name: string; extensions: string[] };
export type SaveFileRequest = IpcArgs<'saveFile'> & { mimeType: string };
export type SaveFileResult = IpcResult<'saveFile'>;
export type OpenFileRequest = IpcArgs<'openFile'>;
export type OpenFileResult = IpcResult<'openFile'>;
export type AppInfo = IpcResult<'appInfo'>;
/** A file the OS asked the desktop app to open, as the main process read it. */
export type OpenedFile = IpcResult<'openedFilesTake'>[number];

/** Files double-clicked in the file manager (or opened with the app), desktop only. */
export interface OpenedFiles {
  /** Everything waiting since the last call; each file is handed over once. */
  take(): Promise<OpenedFile[]>;
  /** Called whenever more files are waiting (the latest callback only). */
  onWaiting(callback: () => void): void;
}

export interface AutoBackupInfo {
  name: string;
  createdAt: string;
  reason: Exclude<BackupReason, 'manual'>;
  size: number;
}

/** Automatic backup files, kept by the desktop app outside IndexedDB (newest 14). */
export interface AutoBackups {
  list(): Promise<{ files: AutoBackupInfo[]; folder: string; freeBytes: number | null }>;
  write(reason: AutoBackupInfo['reason'], data: Uint8Array): Promise<AutoBackupInfo>;
  read(name: string): Promise<OpenFileResult | { status: 'missing' }>;
  versionCheck(): Promise<{ previousVersion: string | null; currentVersion: string }>;
  markVersionSeen(): Promise<void>;
  /** Called when the app is quitting; the main process waits (up to its timeout) for the promise. */
  onQuit(makeBackup: () => Promise<void>): void;
}

/**
 * Everything the renderer needs from its host. Two implementations: `electron` (native dialogs
 * through the preload API) and `web` (downloads and file inputs). Picked once at start-up.
 */
export interface Bridge {
  readonly kind: 'electron' | 'web';
  appInfo(): Promise<AppInfo>;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  openFile(request: OpenFileRequest): Promise<OpenFileResult>;
  /** Opens a safe https link in the system browser; false when the URL was refused. */
  openExternal(url: string): Promise<boolean>;
  /** Tells the host the UI language, with the desktop menu's words in it. */
  setLanguage(
    language: IpcArgs<'setLanguage'>['language'],
    menu: IpcArgs<'setLanguage'>['menu'],
  ): Promise<void>;
  /** Null in the browser, which has no folder of its own to keep backups in. */
  readonly autoBackups: AutoBackups | null;
  /** Null in the browser: files reach it only through the file chooser. */
  readonly openedFiles: OpenedFiles | null;
  /**
   * Commands chosen in the desktop menu (the latest callback only). The browser has no menu:
   * there the page listens for the same keys itself.
   */
  onMenuCommand(callback: (command: AppCommand) => void): void;
  /** A system notification; false when it could not be shown (none, or not allowed). */
  notify(notification: { title: string; body: string }): Promise<boolean>;
}
