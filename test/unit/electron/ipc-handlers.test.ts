import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../../shared/ipc/channels';
import {
  createIpcHandlers,
  IpcRejectedError,
  registerIpcHandlers,
  type HandlerDeps,
  type IpcHandlers,
} from '../../../electron/main/ipc-handlers';
import { isAppUrl } from '../../../electron/main/security';
import { createBackupFolder } from '../../../electron/main/backup-folder';
import { BACKUP_FILE } from '../../../shared/backup/file';
import desktopEn from '../../../renderer/src/i18n/en/desktop';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'kompeten-ipc-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

function deps(overrides: Partial<HandlerDeps> = {}): HandlerDeps {
  return {
    appInfo: { version: '1.2.3', platform: 'linux' },
    showSaveDialog: async () => ({ canceled: true }),
    showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
    openExternal: vi.fn(async () => undefined),
    defaultSaveFolder: () => folder,
    onMenuLabels: vi.fn(),
    backups: createBackupFolder({ dir: path.join(folder, 'backups') }),
    onQuitBackupDone: vi.fn(),
    takeOpenedFiles: async () => [],
    notify: vi.fn(() => true),
    ...overrides,
  };
}

type Listener = (event: { senderFrame: { url: string } | null }, raw: unknown) => Promise<unknown>;

/** Registers the handlers on a fake ipcMain and returns a way to call a channel. */
function register(handlers: IpcHandlers) {
  const listeners = new Map<string, Listener>();
  registerIpcHandlers(
    (channel, listener) => listeners.set(channel, listener as Listener),
    handlers,
    (url) => isAppUrl(url),
  );
  return {
    listeners,
    call: (channel: string, raw: unknown, from = 'app://kompeten/index.html') => {
      const listener = listeners.get(channel);
      if (!listener) throw new Error(`no handler for ${channel}`);
      return listener({ senderFrame: { url: from } }, raw);
    },
  };
}

describe('IPC registration', () => {
  it('registers exactly one handler per declared channel', () => {
    const { listeners } = register(createIpcHandlers(deps()));
    expect([...listeners.keys()].sort()).toEqual(Object.values(IPC_CHANNELS).sort());
  });

  it('rejects calls with invalid arguments before the handler runs', async () => {
    const onMenuLabels = vi.fn();
    const { call } = register(createIpcHandlers(deps({ onMenuLabels })));
    await expect(call(IPC_CHANNELS.setLanguage, { language: 'fr' })).rejects.toThrow(
      IpcRejectedError,
    );
    await expect(call(IPC_CHANNELS.setLanguage, 'id')).rejects.toThrow(/invalid arguments/);
    // Menu words that are not the menu's (a missing one, an extra one, a huge one) are refused too.
    const { find: _find, ...missing } = desktopEn.menu;
    for (const menu of [
      missing,
      { ...desktopEn.menu, evil: 'x' },
      { ...desktopEn.menu, file: 'x'.repeat(81) },
    ])
      await expect(call(IPC_CHANNELS.setLanguage, { language: 'en', menu })).rejects.toThrow(
        /invalid arguments at menu/,
      );
    expect(onMenuLabels).not.toHaveBeenCalled();
  });

  it('rejects a save whose file name tries to leave the chosen folder', async () => {
    const showSaveDialog = vi.fn(async () => ({ canceled: true }));
    const { call } = register(createIpcHandlers(deps({ showSaveDialog })));
    await expect(
      call(IPC_CHANNELS.saveFile, {
        suggestedName: '../../etc/passwd',
        filters: [],
        data: 'x',
      }),
    ).rejects.toThrow(/suggestedName/);
    expect(showSaveDialog).not.toHaveBeenCalled();
  });

  it('rejects calls from frames that are not the app', async () => {
    const onMenuLabels = vi.fn();
    const { call } = register(createIpcHandlers(deps({ onMenuLabels })));
    for (const from of ['https://evil.example/', 'file:///tmp/x.html', 'app://other/index.html']) {
      await expect(
        call(IPC_CHANNELS.setLanguage, { language: 'en', menu: desktopEn.menu }, from),
      ).rejects.toThrow(/untrusted sender/);
    }
    expect(onMenuLabels).not.toHaveBeenCalled();
    await call(IPC_CHANNELS.setLanguage, { language: 'en', menu: desktopEn.menu });
    expect(onMenuLabels).toHaveBeenCalledWith(desktopEn.menu);
  });
});

describe('IPC handlers', () => {
  it('writes the file the user chose in the save dialog', async () => {
    const target = path.join(folder, 'profil.json');
    const showSaveDialog = vi.fn(async () => ({ canceled: false, filePath: target }));
    const { call } = register(createIpcHandlers(deps({ showSaveDialog })));
    const result = await call(IPC_CHANNELS.saveFile, {
      suggestedName: 'profil.json',
      filters: [{ name: 'JSON', extensions: ['json'] }],
      data: new TextEncoder().encode('{"nama":"Śrī"}'),
    });
    expect(result).toEqual({ saved: true, fileName: 'profil.json' });
    expect(await readFile(target, 'utf8')).toBe('{"nama":"Śrī"}');
    expect(showSaveDialog).toHaveBeenCalledWith({
      defaultPath: path.join(folder, 'profil.json'),
      filters: [{ name: 'JSON', extensions: ['json'] }],
    });
    expect(await readdir(folder)).toEqual(['profil.json']);
  });

  it('writes nothing when the user cancels the save dialog', async () => {
    const { call } = register(createIpcHandlers(deps()));
    const result = await call(IPC_CHANNELS.saveFile, {
      suggestedName: 'x.json',
      filters: [],
      data: 'x',
    });
    expect(result).toEqual({ saved: false });
    expect(await readdir(folder)).toEqual([]);
  });

  it('reads the chosen file, but refuses one above the size limit without reading it', async () => {
    const file = path.join(folder, 'cadangan.json');
    await writeFile(file, 'x'.repeat(100));
    const showOpenDialog = async () => ({ canceled: false, filePaths: [file] });
    const { call } = register(createIpcHandlers(deps({ showOpenDialog })));
    const opened = await call(IPC_CHANNELS.openFile, { filters: [], maxBytes: 100 });
    expect(opened).toMatchObject({ status: 'opened', name: 'cadangan.json' });
    expect((opened as { data: Uint8Array }).data.byteLength).toBe(100);
    const refused = await call(IPC_CHANNELS.openFile, { filters: [], maxBytes: 99 });
    expect(refused).toEqual({ status: 'too-large', name: 'cadangan.json', size: 100 });
  });

  it('opens only safe https links in the system browser', async () => {
    const openExternal = vi.fn(async () => undefined);
    const { call } = register(createIpcHandlers(deps({ openExternal })));
    expect(await call(IPC_CHANNELS.openExternal, { url: 'file:///etc/passwd' })).toEqual({
      opened: false,
    });
    expect(await call(IPC_CHANNELS.openExternal, { url: 'https://example.org/' })).toEqual({
      opened: true,
    });
    expect(openExternal).toHaveBeenCalledTimes(1);
    expect(openExternal).toHaveBeenCalledWith('https://example.org/');
  });

  it('writes, lists and reads back automatic backups', async () => {
    const { call } = register(createIpcHandlers(deps()));
    const written = (await call(IPC_CHANNELS.backupsWrite, {
      reason: 'schedule',
      data: new Uint8Array([1, 2, 3]),
    })) as { name: string };
    expect(written).toMatchObject({ reason: 'schedule', size: 3 });
    expect(written.name).toMatch(new RegExp(`-schedule\\.${BACKUP_FILE.extension}$`));
    expect(await call(IPC_CHANNELS.backupsList, undefined)).toMatchObject({
      files: [written],
      folder: path.join(folder, 'backups'),
    });
    const read = await call(IPC_CHANNELS.backupsRead, { name: written.name });
    expect(read).toEqual({ status: 'opened', name: written.name, data: new Uint8Array([1, 2, 3]) });
  });

  it('refuses a manual backup reason and a name that leaves the backup folder', async () => {
    const { call } = register(createIpcHandlers(deps()));
    await expect(
      call(IPC_CHANNELS.backupsWrite, { reason: 'manual', data: new Uint8Array([1]) }),
    ).rejects.toThrow(/invalid arguments at reason/);
    await expect(
      call(IPC_CHANNELS.backupsRead, {
        name: `../kompeten-20250304-050607-089-quit.${BACKUP_FILE.extension}`,
      }),
    ).rejects.toThrow(/invalid arguments at name/);
    expect(await readdir(folder)).toEqual([]);
  });

  it('remembers the app version it has seen', async () => {
    const { call } = register(createIpcHandlers(deps()));
    expect(await call(IPC_CHANNELS.backupsVersion, undefined)).toEqual({
      previousVersion: null,
      currentVersion: '1.2.3',
    });
    await call(IPC_CHANNELS.backupsVersionSeen, undefined);
    const next = register(
      createIpcHandlers(deps({ appInfo: { version: '1.3.0', platform: 'x' } })),
    );
    expect(await next.call(IPC_CHANNELS.backupsVersion, undefined)).toEqual({
      previousVersion: '1.2.3',
      currentVersion: '1.3.0',
    });
  });

  it('passes the page\'s "backup done" on to the quit logic', async () => {
    const onQuitBackupDone = vi.fn();
    const { call } = register(createIpcHandlers(deps({ onQuitBackupDone })));
    await expect(call(IPC_CHANNELS.backupsQuitDone, { extra: true })).rejects.toThrow();
    expect(onQuitBackupDone).not.toHaveBeenCalled();
    await call(IPC_CHANNELS.backupsQuitDone, undefined);
    expect(onQuitBackupDone).toHaveBeenCalledTimes(1);
  });

  it('reports the app version and platform', async () => {
    const { call } = register(createIpcHandlers(deps()));
    expect(await call(IPC_CHANNELS.appInfo, undefined)).toEqual({
      version: '1.2.3',
      platform: 'linux',
    });
  });

  it('hands the page the files the OS opened, and nothing it names itself', async () => {
    const takeOpenedFiles = vi.fn(async () => [{ status: 'unknown-kind' as const, name: 'a.txt' }]);
    const { call } = register(createIpcHandlers(deps({ takeOpenedFiles })));
    await expect(call(IPC_CHANNELS.openedFilesTake, { path: '/etc/passwd' })).rejects.toThrow();
    expect(takeOpenedFiles).not.toHaveBeenCalled();
    expect(await call(IPC_CHANNELS.openedFilesTake, undefined)).toEqual([
      { status: 'unknown-kind', name: 'a.txt' },
    ]);
  });

  it('shows a notification with a title and a short body only', async () => {
    const notify = vi.fn(() => true);
    const { call } = register(createIpcHandlers(deps({ notify })));
    await expect(call(IPC_CHANNELS.notify, { title: '', body: 'x' })).rejects.toThrow();
    await expect(
      call(IPC_CHANNELS.notify, { title: 't', body: 'x'.repeat(401) }),
    ).rejects.toThrow();
    expect(await call(IPC_CHANNELS.notify, { title: 'Cadangan', body: 'Sudah 8 hari' })).toEqual({
      shown: true,
    });
    expect(notify).toHaveBeenCalledWith({ title: 'Cadangan', body: 'Sudah 8 hari' });
  });
});
