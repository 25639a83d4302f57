import type { IpcArgs, IpcResult } from '../../../shared/ipc/contract';

export type FileFilter = { name: string; extensions: string[] };
export type SaveFileRequest = IpcArgs<'saveFile'> & { mimeType: string };
export type SaveFileResult = IpcResult<'saveFile'>;
export type OpenFileRequest = IpcArgs<'openFile'>;
export type OpenFileResult = IpcResult<'openFile'>;
export type AppInfo = IpcResult<'appInfo'>;

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
  /** Tells the host the UI language (the desktop menu follows it). */
  setLanguage(language: IpcArgs<'setLanguage'>['language']): Promise<void>;
}
