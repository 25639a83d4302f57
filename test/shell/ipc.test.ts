import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { IPC_CHANNELS, type IpcChannelKey } from '../../shared/ipc/channels';
import { ipcContract, type IpcArgs } from '../../shared/ipc/contract';
import { MENU_LABEL_KEYS, type MenuLabels } from '../../shared/ipc/menu-labels';
import { startWithWindow, type StartOptions } from './start-main';

const menu = Object.fromEntries(MENU_LABEL_KEYS.map((k) => [k, k])) as MenuLabels;

/** A valid call for every channel: a channel added to the contract must be added here. */
const VALID_ARGS: { [K in IpcChannelKey]: IpcArgs<K> } = {
  appInfo: undefined,
  saveFile: {
    suggestedName: 'portofolio.pdf',
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
    data: 'x',
  },
  openFile: { filters: [{ name: 'Cadangan', extensions: ['kompeten-cadangan'] }], maxBytes: 1000 },
  openExternal: { url: 'https://kompeten.id/' },
  setLanguage: { language: 'en', menu },
  backupsList: undefined,
  backupsWrite: { reason: 'schedule', data: new Uint8Array([1, 2, 3]) },
  backupsRead: { name: 'kompeten-20250101-000000-000-schedule.kompeten-cadangan' },
  backupsVersion: undefined,
  backupsVersionSeen: undefined,
  backupsQuitDone: undefined,
  openedFilesTake: undefined,
  notify: { title: 'Pengingat', body: 'Latihan hari ini' },
};
const channels = Object.keys(IPC_CHANNELS) as IpcChannelKey[];

async function started(options: StartOptions = {}) {
  const { harness } = await startWithWindow({ packaged: true, ...options });
  const userData = harness.getPath('userData');
  /** Everything a call could have done that the test can see. */
  const effects = () => ({
    dialogs: harness.dialogs.length,
    external: harness.openedExternal.length,
    notifications: harness.notifications.length,
    // Menus built from the page's words (the one set at ready is none at all).
    menu: harness.callsTo('Menu.setApplicationMenu').filter((call) => call.args[0] !== null).length,
    files: existsSync(path.join(userData, 'backups'))
      ? readdirSync(path.join(userData, 'backups'))
      : [],
    exited: harness.exited,
  });
  return { harness, effects };
}

describe('IPC from the page', () => {
  it('has one handler for every declared channel, and no other', async () => {
    const { harness } = await started();
    expect([...harness.ipcHandlers.keys()].sort()).toEqual(Object.values(IPC_CHANNELS).sort());
  });

  it.each(['https://evil.example/', 'file:///index.html', 'app://other/index.html', null])(
    'refuses every channel from %s, before doing anything',
    async (frameUrl) => {
      const { harness, effects } = await started();
      const before = effects();
      for (const key of channels) {
        await expect(
          harness.invoke(IPC_CHANNELS[key], VALID_ARGS[key], { frameUrl }),
          key,
        ).rejects.toThrow(/untrusted sender/);
      }
      expect(effects()).toEqual(before);
    },
  );

  it('answers every channel from the app page, with a result its contract accepts', async () => {
    const { harness, effects } = await started();
    for (const key of channels) {
      const result = await harness.invoke(IPC_CHANNELS[key], VALID_ARGS[key], {
        frameUrl: 'app://kompeten/index.html#/data',
      });
      const parsed = ipcContract[key].result.safeParse(result);
      expect(parsed.success, `${key}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
    }
    expect(effects()).toMatchObject({
      dialogs: 2,
      external: 1,
      notifications: 1,
      menu: 1,
      exited: false,
    });
    expect(effects().files.filter((f) => f.endsWith('.kompeten-cadangan'))).toHaveLength(1);
  });

  it.each([
    ['appInfo', 'an argument it takes none of', { extra: true }],
    ['openExternal', 'a URL that is no string', { url: 42 }],
    ['setLanguage', 'a language the app does not have', { language: 'fr', menu }],
    ['setLanguage', 'an empty menu word', { language: 'en', menu: { ...menu, file: '' } }],
    ['saveFile', 'a name with a path', { ...VALID_ARGS.saveFile, suggestedName: '../../.bashrc' }],
    ['backupsRead', 'a name outside the folder', { name: '../../../etc/passwd' }],
    ['backupsWrite', 'a manual backup reason', { reason: 'manual', data: new Uint8Array([1]) }],
    ['notify', 'an empty title', { title: '', body: 'x' }],
    ['openFile', 'a negative size limit', { filters: [], maxBytes: -1 }],
  ] as const)('refuses %s with %s', async (key, _what, args) => {
    const { harness, effects } = await started();
    const before = effects();
    await expect(harness.invoke(IPC_CHANNELS[key], args)).rejects.toThrow(/invalid arguments/);
    expect(effects()).toEqual(before);
  });

  it.each(['linux', 'win32', 'darwin'] as const)('appInfo answers on %s', async (platform) => {
    const { harness } = await started({ platform });
    expect(await harness.invoke(IPC_CHANNELS.appInfo)).toEqual({
      version: harness.options.version,
      platform,
    });
  });

  it('opens only safe links in the browser', async () => {
    const { harness } = await started();
    const open = (url: string) => harness.invoke(IPC_CHANNELS.openExternal, { url });
    expect(await open('https://kompeten.id/bantuan')).toEqual({ opened: true });
    expect(await open('file:///etc/passwd')).toEqual({ opened: false });
    expect(await open('javascript:alert(1)')).toEqual({ opened: false });
    expect(harness.openedExternal).toEqual(['https://kompeten.id/bantuan']);
  });

  it('writes backups into the data folder, where backupsList finds them', async () => {
    const { harness } = await started({ packaged: false });
    const written = (await harness.invoke(IPC_CHANNELS.backupsWrite, VALID_ARGS.backupsWrite)) as {
      name: string;
    };
    const listed = (await harness.invoke(IPC_CHANNELS.backupsList)) as {
      folder: string;
      files: { name: string }[];
    };
    // A development start backs up into its own -dev folder, never the installed app's.
    expect(listed.folder).toBe(
      path.join(`${harness.paths.get('appData')}/Kompeten-dev`, 'backups'),
    );
    expect(listed.files.map((f) => f.name)).toEqual([written.name]);
  });
});
