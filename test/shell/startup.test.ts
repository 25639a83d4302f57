import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { IPC_CHANNELS, IPC_EVENTS } from '../../shared/ipc/channels';
import { MENU_LABEL_KEYS, type MenuLabels } from '../../shared/ipc/menu-labels';
import {
  APP_PAGE_URL,
  bundleElectronImports,
  PRELOAD,
  startMain,
  startWithWindow,
} from './start-main';
import type { MenuStub } from './stub-electron';

const menuLabels = (language: string) =>
  Object.fromEntries(MENU_LABEL_KEYS.map((key) => [key, `${language}:${key}`])) as MenuLabels;

/** Calls Electron only allows once the app is ready. */
const READY_ONLY = /^(new BrowserWindow|protocol\.handle|session\.|screen\.|win\.|webContents\.)/;

describe('start-up of the built main process', () => {
  it('imports from electron only what the stub provides', async () => {
    const { harness } = await startMain();
    const imported = bundleElectronImports();
    expect(imported).toContain('app');
    for (const name of imported) expect(harness.module).toHaveProperty(name);
  });

  it('registers the app scheme as privileged before ready, and uses nothing ready-only', async () => {
    const { harness } = await startMain();
    expect(harness.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
    const beforeReady = harness.calls.filter((c) => !c.afterReady).map((c) => c.api);
    expect(beforeReady).toContain('protocol.registerSchemesAsPrivileged');
    expect(beforeReady.filter((api) => READY_ONLY.test(api))).toEqual([]);
    expect(harness.windows).toHaveLength(0);
    expect(harness.protocolHandlers.size).toBe(0);
  });

  it('after ready: one hidden, isolated, sandboxed window with the preload, loading the app page', async () => {
    const { harness } = await startMain();
    await harness.emitReady();
    await harness.waitFor(() => harness.windows[0]?.stub.loadedUrls.length === 1, 'the page load');

    expect(harness.windows).toHaveLength(1);
    const win = harness.windows[0]!;
    expect(win.stub.options['show']).toBe(false);
    expect(win.stub.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
    const preload = win.stub.webPreferences['preload'];
    expect(preload).toBe(PRELOAD);
    expect(existsSync(String(preload))).toBe(true);
    expect(win.stub.loadedUrls).toEqual([APP_PAGE_URL]);
    expect([...harness.protocolHandlers.keys()]).toEqual(['app']);
    // The page is not shown half-drawn: only on ready-to-show.
    expect(win.isVisible()).toBe(false);
    harness.readyToShow(win);
    expect(win.isVisible()).toBe(true);
    expect(harness.callsTo('win.show')).toHaveLength(1);
  });

  it('gives a development start its own data folder, before ready', async () => {
    const dev = (await startMain({ packaged: false })).harness;
    const setPath = dev.callsTo('app.setPath');
    expect(setPath).toHaveLength(1);
    expect(setPath[0]!.afterReady).toBe(false);
    expect(setPath[0]!.args).toEqual(['userData', `${dev.paths.get('appData')}/Kompeten-dev`]);

    // Playwright and people testing pass their own folder: it is used as is.
    const chosen = (
      await startMain({ packaged: false, argv: ['/x/electron', '--user-data-dir=/tmp/kt-u', '.'] })
    ).harness;
    expect(chosen.callsTo('app.setPath')).toEqual([]);
    expect(chosen.getPath('userData')).toBe('/tmp/kt-u');

    const installed = (await startMain({ packaged: true })).harness;
    expect(installed.callsTo('app.setPath')).toEqual([]);
  });

  it('sets the Windows app id before ready, on Windows only', async () => {
    const windows = (await startMain({ platform: 'win32', packaged: true })).harness;
    expect(windows.userModelId).toBe('id.kompeten.app');
    expect(windows.callsTo('app.setAppUserModelId')[0]!.afterReady).toBe(false);
    const linux = (await startMain({ platform: 'linux', packaged: true })).harness;
    expect(linux.callsTo('app.setAppUserModelId')).toEqual([]);
  });

  it('restores a remembered maximised window, re-centred when it is off every screen', async () => {
    const { harness } = await startMain({ packaged: true });
    const state = { x: 5000, y: 3000, width: 1400, height: 900, maximized: true };
    // A returning user: the data folder exists already.
    mkdirSync(harness.getPath('userData'), { recursive: true });
    writeFileSync(
      path.join(harness.getPath('userData'), 'window-state.json'),
      JSON.stringify(state),
    );
    await harness.emitReady();
    await harness.waitFor(() => harness.windows.length === 1, 'the window');
    const win = harness.windows[0]!;
    expect(win.stub.options).toMatchObject({ width: 1400, height: 900 });
    expect(win.stub.options).not.toHaveProperty('x');
    harness.readyToShow(win);
    const order = harness.calls
      .map((c) => c.api)
      .filter((api) => /^win\.(maximize|show)$/.test(api));
    // Maximised while still hidden, then shown: no flash at the normal size.
    expect(order).toEqual(['win.maximize', 'win.show']);
  });

  it('remembers the window size in the data folder when the window closes', async () => {
    const { harness, win } = await startWithWindow({ packaged: true });
    harness.unwrap(win).stub.normalBounds = { x: 10, y: 20, width: 1000, height: 700 };
    harness.crashRenderer(win); // so the close is not held for a backup
    harness.userClose(win);
    const saved = path.join(harness.getPath('userData'), 'window-state.json');
    expect(JSON.parse(readFileSync(saved, 'utf8'))).toEqual({
      x: 10,
      y: 20,
      width: 1000,
      height: 700,
      maximized: false,
    });
  });

  it('builds the menu from the words the page sends; a command item tells the page', async () => {
    const { harness, win } = await startWithWindow();
    // Until the page speaks there is no menu at all, not Electron's default (with dev tools).
    expect(harness.callsTo('Menu.setApplicationMenu').map((call) => call.args[0])).toEqual([null]);
    expect(harness.applicationMenu).toBeNull();
    await harness.invoke(IPC_CHANNELS.setLanguage, { language: 'en', menu: menuLabels('en') });
    expect(harness.applicationMenu!.items.map((i) => i.label)).toEqual([
      'en:file',
      'en:edit',
      'en:view',
      'en:window',
      'en:help',
    ]);
    harness.minimize(win);
    harness.clickMenuItem('newPracticeEntry');
    expect(harness.sent.at(-1)).toMatchObject({
      channel: IPC_EVENTS.menuCommand,
      args: ['newPracticeEntry'],
    });
    expect(win.isMinimized()).toBe(false);

    await harness.invoke(IPC_CHANNELS.setLanguage, { language: 'id', menu: menuLabels('id') });
    expect(harness.applicationMenu!.items[0]!.label).toBe('id:file');
  });

  it('offers the developer tools in the menu of a development start only', async () => {
    const roles = (menu: MenuStub | null | undefined): string[] =>
      (menu?.items ?? []).flatMap((item) => [item.role ?? '', ...roles(item.submenu)]);
    for (const packaged of [false, true]) {
      const { harness } = await startWithWindow({ packaged });
      await harness.invoke(IPC_CHANNELS.setLanguage, { language: 'en', menu: menuLabels('en') });
      expect(
        roles(harness.applicationMenu).includes('toggleDevTools'),
        `packaged: ${packaged}`,
      ).toBe(!packaged);
    }
  });

  it('puts the app menu first on macOS', async () => {
    const { harness } = await startWithWindow({ platform: 'darwin' });
    await harness.invoke(IPC_CHANNELS.setLanguage, { language: 'en', menu: menuLabels('en') });
    expect(harness.applicationMenu!.items[0]!.label).toBe('Kompeten');
  });

  it('keeps the page on its own origin: foreign navigation goes to the browser, popups are denied', async () => {
    const { harness, win } = await startWithWindow();
    expect(harness.navigate(win, 'app://kompeten/index.html#/portfolio')).toBe(true);
    expect(harness.navigate(win, 'https://evil.example/')).toBe(false);
    expect(harness.openedExternal).toEqual(['https://evil.example/']);
    expect(harness.navigate(win, 'file:///etc/passwd')).toBe(false);
    expect(harness.openedExternal).toHaveLength(1);
    expect(harness.windowOpen(win, 'https://kompeten.id/')).toEqual({ action: 'deny' });
    expect(harness.openedExternal.at(-1)).toBe('https://kompeten.id/');
  });
});
