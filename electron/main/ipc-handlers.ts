import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { IPC_CHANNELS, type IpcChannelKey } from '../../shared/ipc/channels';
import { ipcContract, type IpcContract, type IpcResult } from '../../shared/ipc/contract';
import type { MenuLabels } from '../../shared/ipc/menu-labels';
import { writeFileAtomic } from './atomic-write';
import type { BackupFolder } from './backup-folder';
import { isSafeExternalUrl } from '../../shared/security/external-url';

export type IpcHandlers = {
  [K in IpcChannelKey]: (args: z.output<IpcContract[K]['args']>) => Promise<IpcResult<K>>;
};

type FileFilter = { name: string; extensions: string[] };

/** What the handlers need from Electron, injected so tests can run them in plain Node. */
export interface HandlerDeps {
  appInfo: { version: string; platform: string };
  showSaveDialog(options: {
    defaultPath: string;
    filters: FileFilter[];
  }): Promise<{ canceled: boolean; filePath?: string }>;
  showOpenDialog(options: {
    filters: FileFilter[];
    properties: ['openFile'];
  }): Promise<{ canceled: boolean; filePaths: string[] }>;
  openExternal(url: string): Promise<void>;
  defaultSaveFolder(): string;
  /** The menu's words, in the UI language the page just switched to. */
  onMenuLabels(menu: MenuLabels): void;
  backups: BackupFolder;
  /** The page finished the backup the main process asked for before quitting. */
  onQuitBackupDone(): void;
  /** The files the OS asked the app to open, read (see opened-files.ts). */
  takeOpenedFiles(): Promise<IpcResult<'openedFilesTake'>>;
  /** Shows a native notification; false where the system has none. */
  notify(notification: { title: string; body: string }): boolean;
}

export function createIpcHandlers(deps: HandlerDeps): IpcHandlers {
  return {
    async appInfo() {
      return deps.appInfo;
    },
    async saveFile({ suggestedName, filters, data }) {
      const choice = await deps.showSaveDialog({
        defaultPath: path.join(deps.defaultSaveFolder(), suggestedName),
        filters,
      });
      if (choice.canceled || !choice.filePath) return { saved: false };
      await writeFileAtomic(choice.filePath, data);
      return { saved: true, fileName: path.basename(choice.filePath) };
    },
    async openFile({ filters, maxBytes }) {
      const choice = await deps.showOpenDialog({ filters, properties: ['openFile'] });
      const file = choice.filePaths[0];
      if (choice.canceled || !file) return { status: 'cancelled' };
      const name = path.basename(file);
      // Check the size before reading, so a huge file never lands in memory.
      const { size } = await stat(file);
      if (size > maxBytes) return { status: 'too-large', name, size };
      return { status: 'opened', name, data: new Uint8Array(await readFile(file)) };
    },
    async openExternal({ url }) {
      if (!isSafeExternalUrl(url)) return { opened: false };
      await deps.openExternal(url);
      return { opened: true };
    },
    async setLanguage({ menu }) {
      deps.onMenuLabels(menu);
      return undefined;
    },
    async backupsList() {
      return deps.backups.list();
    },
    async backupsWrite({ reason, data }) {
      return deps.backups.write(reason, data);
    },
    async backupsRead({ name }) {
      return deps.backups.read(name);
    },
    async backupsVersion() {
      return deps.backups.versionCheck(deps.appInfo.version);
    },
    async backupsVersionSeen() {
      await deps.backups.markVersionSeen(deps.appInfo.version);
      return undefined;
    },
    async backupsQuitDone() {
      deps.onQuitBackupDone();
      return undefined;
    },
    async openedFilesTake() {
      return deps.takeOpenedFiles();
    },
    async notify(notification) {
      return { shown: deps.notify(notification) };
    },
  };
}

export class IpcRejectedError extends Error {
  constructor(
    readonly channel: string,
    readonly reason: string,
  ) {
    super(`IPC ${channel} rejected: ${reason}`);
    this.name = 'IpcRejectedError';
  }
}

interface IpcEventLike {
  senderFrame: { url: string } | null;
}
type HandleFn = (channel: string, listener: (event: IpcEventLike, raw: unknown) => unknown) => void;

/**
 * Registers one handler per declared channel. Each call must come from the app's own frame and
 * carry arguments that pass the channel's schema; otherwise it is rejected before anything runs.
 */
export function registerIpcHandlers(
  handle: HandleFn,
  handlers: IpcHandlers,
  isTrustedSender: (frameUrl: string) => boolean,
): void {
  for (const key of Object.keys(IPC_CHANNELS) as IpcChannelKey[]) {
    const channel = IPC_CHANNELS[key];
    handle(channel, async (event, raw) => {
      const frameUrl = event.senderFrame?.url ?? '';
      if (!isTrustedSender(frameUrl)) throw new IpcRejectedError(channel, 'untrusted sender');
      const parsed = ipcContract[key].args.safeParse(raw);
      if (!parsed.success) {
        const where = parsed.error.issues.map((i) => i.path.join('.') || '(argument)').join(', ');
        throw new IpcRejectedError(channel, `invalid arguments at ${where}`);
      }
      const run = handlers[key] as (args: unknown) => Promise<unknown>;
      return run(parsed.data);
    });
  }
}
