import { z } from 'zod';
import { IPC_CHANNELS, type IpcChannelKey } from './channels';
import { LANGUAGES } from '../settings/language';
import { isSafeFileName } from '../files/file-name';
import { BACKUP_FILE, BACKUP_REASONS } from '../backup/file';
import { OWN_FILE_TYPES, type OwnFileKindId } from '../files/own-file-types';
import type { AppCommand } from './app-commands';
import { menuLabelsSchema } from './menu-labels';

/** Largest file the main process will read or write for the page (backups with attachments). */
export const MAX_IPC_FILE_BYTES = 512 * 1024 * 1024;

const fileFilter = z.object({
  name: z.string().min(1).max(100),
  extensions: z
    // Hyphens too: the sign-off files have long, telling extensions (.kompeten-kunci-publik).
    .array(z.string().regex(/^[a-z0-9](?:[a-z0-9-]{0,28}[a-z0-9])?$/i))
    .min(1)
    .max(10),
});

const fileName = z.string().refine(isSafeFileName, 'bad_file_name');

const bytes = z
  .instanceof(Uint8Array)
  .refine((b) => b.byteLength <= MAX_IPC_FILE_BYTES, 'too_large');

/** Automatic backups are made by the app itself; manual ones go where the user chooses. */
export const autoBackupReason = z.enum(BACKUP_REASONS).exclude(['manual']);
export type AutoBackupReason = z.output<typeof autoBackupReason>;

/**
 * Name of an automatic backup file: `kompeten-YYYYMMDD-HHMMSS-mmm-<reason>[-n].<extension>` in
 * UTC, with `-n` only for a second file in the same millisecond. The main process reads and
 * deletes nothing else in its backup folder, so this pattern is also its path-traversal guard.
 */
export const AUTO_BACKUP_NAME = new RegExp(
  `^kompeten-(\\d{8})-(\\d{6})-(\\d{3})-(${autoBackupReason.options.join('|')})` +
    `(?:-([1-9]\\d{0,5}))?\\.${BACKUP_FILE.extension}$`,
);

const ownKind = z.enum(Object.keys(OWN_FILE_TYPES) as [OwnFileKindId, ...OwnFileKindId[]]);

const autoBackupInfo = z.object({
  name: z.string(),
  createdAt: z.string(),
  reason: autoBackupReason,
  size: z.number(),
});

/**
 * Every channel, declared once: the schema of its argument and of its result.
 * The main process parses arguments with `args` before acting; the renderer may parse results.
 */
export const ipcContract = {
  appInfo: {
    args: z.undefined(),
    result: z.object({ version: z.string(), platform: z.string() }),
  },
  saveFile: {
    args: z.object({
      suggestedName: fileName,
      filters: z.array(fileFilter).max(10),
      data: z.union([z.string().max(MAX_IPC_FILE_BYTES), bytes]),
    }),
    result: z.discriminatedUnion('saved', [
      z.object({ saved: z.literal(true), fileName: z.string() }),
      z.object({ saved: z.literal(false) }),
    ]),
  },
  openFile: {
    args: z.object({
      filters: z.array(fileFilter).max(10),
      maxBytes: z.number().int().positive().max(MAX_IPC_FILE_BYTES),
    }),
    result: z.discriminatedUnion('status', [
      z.object({ status: z.literal('opened'), name: z.string(), data: z.instanceof(Uint8Array) }),
      z.object({ status: z.literal('cancelled') }),
      z.object({ status: z.literal('too-large'), name: z.string(), size: z.number() }),
    ]),
  },
  openExternal: {
    args: z.object({ url: z.string().max(2048) }),
    result: z.object({ opened: z.boolean() }),
  },
  setLanguage: {
    // The menu's words come with the language: the main process has no catalogue of its own.
    args: z.object({ language: z.enum(LANGUAGES), menu: menuLabelsSchema }),
    result: z.undefined(),
  },
  backupsList: {
    args: z.undefined(),
    result: z.object({
      files: z.array(autoBackupInfo),
      folder: z.string(),
      freeBytes: z.number().nullable(),
    }),
  },
  backupsWrite: {
    args: z.object({
      reason: autoBackupReason,
      // Any Uint8Array view: zip libraries hand out `Uint8Array<ArrayBufferLike>`.
      data: z
        .custom<Uint8Array>((b) => b instanceof Uint8Array)
        .refine((b) => b.byteLength <= BACKUP_FILE.maxBytes, 'too_large'),
    }),
    result: autoBackupInfo,
  },
  backupsRead: {
    args: z.object({ name: z.string().max(100).regex(AUTO_BACKUP_NAME) }),
    result: z.discriminatedUnion('status', [
      z.object({ status: z.literal('opened'), name: z.string(), data: z.instanceof(Uint8Array) }),
      z.object({ status: z.literal('missing') }),
      z.object({ status: z.literal('too-large'), name: z.string(), size: z.number() }),
    ]),
  },
  backupsVersion: {
    args: z.undefined(),
    result: z.object({ previousVersion: z.string().nullable(), currentVersion: z.string() }),
  },
  backupsVersionSeen: {
    args: z.undefined(),
    result: z.undefined(),
  },
  backupsQuitDone: {
    args: z.undefined(),
    result: z.undefined(),
  },
  /** The files the OS asked the app to open since the last call, read by the main process. */
  openedFilesTake: {
    args: z.undefined(),
    result: z.array(
      z.discriminatedUnion('status', [
        z.object({
          status: z.literal('opened'),
          kind: ownKind,
          name: z.string(),
          data: z.instanceof(Uint8Array),
        }),
        z.object({
          status: z.literal('too-large'),
          kind: ownKind,
          name: z.string(),
          size: z.number(),
        }),
        z.object({ status: z.literal('unreadable'), kind: ownKind, name: z.string() }),
        // Not one of the app's own files: the page says which files it opens.
        z.object({ status: z.literal('unknown-kind'), name: z.string() }),
      ]),
    ),
  },
  /** A native notification; the page decides when (only if the user turned them on). */
  notify: {
    args: z.object({ title: z.string().min(1).max(120), body: z.string().max(400) }),
    result: z.object({ shown: z.boolean() }),
  },
} satisfies Record<IpcChannelKey, { args: z.ZodType; result: z.ZodType }>;

export type IpcContract = typeof ipcContract;
export type IpcArgs<K extends IpcChannelKey> = z.input<IpcContract[K]['args']>;
export type IpcResult<K extends IpcChannelKey> = z.output<IpcContract[K]['result']>;

/**
 * The API object the preload exposes as `window.kompeten`: one function per channel, plus a
 * subscription to the main process's request for a backup before it quits.
 */
export type KompetenApi = {
  [K in IpcChannelKey]: IpcArgs<K> extends undefined
    ? () => Promise<IpcResult<K>>
    : (args: IpcArgs<K>) => Promise<IpcResult<K>>;
} & {
  /** Replaces any earlier callback, so a quit never asks for two backups. */
  onQuitBackupRequested(callback: () => void): void;
  /** Replaces any earlier callback: files the OS asked the app to open are waiting. */
  onFilesOpened(callback: () => void): void;
  /** Replaces any earlier callback: the user chose one of the app's commands in the menu. */
  onMenuCommand(callback: (command: AppCommand) => void): void;
};

export { IPC_CHANNELS };
