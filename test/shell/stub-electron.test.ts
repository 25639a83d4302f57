import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_DISPLAYS } from './start-main';
import { ElectronHarness, ElectronRuleError, type StubEvent } from './stub-electron';

// The stub's own rules, driven directly (no bundle): a stub that let a rule slip would make the
// shell tests pass against a main process that Electron itself would refuse.

type Electron = typeof import('electron');
const roots: string[] = [];

function stub(overrides: Partial<ConstructorParameters<typeof ElectronHarness>[0]> = {}) {
  const root = mkdtempSync(path.join(tmpdir(), 'kompeten-stub-'));
  roots.push(root);
  const harness = new ElectronHarness({
    root,
    platform: 'linux',
    argv: ['/opt/kompeten/kompeten'],
    packaged: true,
    singleInstance: true,
    displays: DEFAULT_DISPLAYS,
    version: '1.2.3',
    name: 'Kompeten',
    notificationsSupported: true,
    ...overrides,
  });
  return { harness, electron: harness.module as unknown as Electron, root };
}

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('the stub Electron enforces', () => {
  it('the ready rules', async () => {
    const { harness, electron } = stub();
    expect(() => new electron.BrowserWindow()).toThrow(
      'Cannot create BrowserWindow before app is ready',
    );
    expect(() => electron.protocol.handle('app', () => new Response())).toThrow(
      /before app is ready/,
    );
    expect(() => electron.session.defaultSession).toThrow(/when app is ready/);
    expect(() => electron.screen.getAllDisplays()).toThrow(/before the app is ready/);
    expect(() => electron.app.getLocale()).toThrow(/after app is ready/);

    let ready = false;
    void electron.app.whenReady().then(() => (ready = true));
    await harness.turns(2);
    expect(ready).toBe(false);
    electron.protocol.registerSchemesAsPrivileged([
      { scheme: 'app', privileges: { standard: true } },
    ]);
    await harness.emitReady();
    expect(ready).toBe(true);

    expect(() =>
      electron.protocol.registerSchemesAsPrivileged([{ scheme: 'x', privileges: {} }]),
    ).toThrow(/before app is ready/);
    expect(() => electron.app.disableHardwareAcceleration()).toThrow(/only be called before/);
    expect(electron.screen.getAllDisplays()[0]!.workArea.height).toBe(1040);
    expect(() => new electron.BrowserWindow({ show: false })).not.toThrow();
    expect(harness.violations).toHaveLength(7);
  });

  it('option keys, web preferences, menu keys and roles from electron.d.ts', async () => {
    const { harness, electron } = stub();
    await harness.emitReady();
    // @ts-expect-error -- the point: a key Electron does not have
    expect(() => new electron.BrowserWindow({ widht: 100 })).toThrow(/has no 'widht'/);
    expect(
      // @ts-expect-error -- nodeIntegration belongs in webPreferences
      () => new electron.BrowserWindow({ nodeIntegration: false }),
    ).toThrow(/has no 'nodeIntegration'/);
    expect(
      // @ts-expect-error -- and contextIsolation is no window option
      () => new electron.BrowserWindow({ webPreferences: { contextIsolated: true } }),
    ).toThrow(/WebPreferences has no 'contextIsolated'/);

    const build = (template: unknown) => () =>
      electron.Menu.buildFromTemplate(template as Electron.MenuItemConstructorOptions[]);
    expect(build([{ label: 'File', submenu: [{ role: 'quit' }] }])).not.toThrow();
    expect(build([{ label: 'View', submenu: [{ role: 'toggleFullScreen' }] }])).toThrow(
      /'toggleFullScreen' is not a menu role/,
    );
    expect(build([{ label: 'File', onClick: () => undefined }])).toThrow(/has no 'onClick'/);
    expect(
      build([{ label: 'A', submenu: [{ label: 'B', submenu: [{ type: 'seperator' }] }] }]),
    ).toThrow(/'seperator' is not a menu item type/);
    expect(build([{ accelerator: 'CmdOrCtrl+N' }])).toThrow(/at least one of label, role or type/);
    expect(build({ label: 'File' })).toThrow(/must be an array/);
  });

  it('event names, and members Electron does not have or the stub does not model', async () => {
    const { harness, electron } = stub();
    expect(() => electron.app.on('ready', () => undefined)).not.toThrow();
    // @ts-expect-error -- not an app event
    expect(() => electron.app.on('window-closed', () => undefined)).toThrow(/no such event/);
    await harness.emitReady();
    const win = new electron.BrowserWindow({ show: false });
    // @ts-expect-error -- Electron 44 has render-process-gone; `crashed` is long gone
    expect(() => win.webContents.on('crashed', () => undefined)).toThrow(/no such event/);
    // @ts-expect-error -- not a window event
    expect(() => win.once('ready', () => undefined)).toThrow(/no such event/);
    expect(() => win.once('ready-to-show', () => undefined)).not.toThrow();
    expect(() => (electron.app as unknown as Record<string, unknown>)['quitNow']).toThrow(
      /not in Electron 44.*App/,
    );
    expect(() => electron.app.setBadgeCount(3)).toThrow(/does not model yet/);
  });

  it('that a destroyed window cannot be used', async () => {
    const { harness, electron } = stub();
    await harness.emitReady();
    const win = new electron.BrowserWindow({ show: false });
    win.destroy();
    expect(win.isDestroyed()).toBe(true);
    expect(() => win.show()).toThrow(/Object has been destroyed/);
    expect(() => win.webContents).toThrow(/Object has been destroyed/);
  });

  it('one ipcMain handler per channel, and hands the sender frame to it', async () => {
    const { harness, electron } = stub();
    electron.ipcMain.handle('x', (event, arg: unknown) => ({ url: event.senderFrame?.url, arg }));
    expect(() => electron.ipcMain.handle('x', () => 1)).toThrow(/second handler for 'x'/);
    await expect(
      harness.invoke('x', { a: 1 }, { frameUrl: 'https://evil.example/' }),
    ).resolves.toEqual({ url: 'https://evil.example/', arg: { a: 1 } });
    await expect(harness.invoke('x', 1, { frameUrl: null })).resolves.toEqual({
      url: undefined,
      arg: 1,
    });
    await expect(harness.invoke('y')).rejects.toThrow(/No handler registered for 'y'/);
  });

  it('path names, under the test folder', () => {
    const { electron, root } = stub();
    expect(electron.app.getPath('userData')).toBe(path.join(root, 'config', 'Kompeten'));
    expect(electron.app.getPath('documents').startsWith(root)).toBe(true);
    // @ts-expect-error -- not a path name
    expect(() => electron.app.getPath('cache')).toThrow(/Failed to get 'cache' path/);
    electron.app.setPath('userData', path.join(root, 'elsewhere'));
    expect(electron.app.getPath('userData')).toBe(path.join(root, 'elsewhere'));
    expect(electron.app.getPath('sessionData')).toBe(path.join(root, 'elsewhere'));
  });

  it('the single-instance answer and the command line the test set', () => {
    const refused = stub({
      singleInstance: false,
      argv: ['/x/kompeten', '--user-data-dir=/tmp/u'],
    });
    expect(refused.electron.app.requestSingleInstanceLock({ files: ['a'] })).toBe(false);
    expect(refused.harness.singleInstanceData).toEqual({ files: ['a'] });
    expect(refused.electron.app.commandLine.hasSwitch('user-data-dir')).toBe(true);
    expect(refused.electron.app.commandLine.getSwitchValue('user-data-dir')).toBe('/tmp/u');
    expect(refused.electron.app.getPath('userData')).toBe('/tmp/u');
    expect(stub().electron.app.requestSingleInstanceLock()).toBe(true);
  });
});

describe("the stub's quit follows Electron's order", () => {
  async function withWindow(options: Parameters<typeof stub>[0] = {}) {
    const made = stub(options);
    await made.harness.emitReady();
    const win = new made.electron.BrowserWindow({ show: false });
    return { ...made, win };
  }

  it('before-quit, close each window, closed, will-quit, quit, exit; no window-all-closed', async () => {
    const { harness, electron } = await withWindow();
    electron.app.on('window-all-closed', () => undefined);
    electron.app.quit();
    expect(harness.lifecycle).toEqual([
      'ready',
      'before-quit',
      'close #1',
      'closed #1',
      'will-quit',
      'quit',
      'exit 0',
    ]);
    expect(harness.exited).toBe(true);
  });

  it('a prevented before-quit, close or will-quit cancels the quit', async () => {
    const { harness, electron, win } = await withWindow();
    electron.app.once('before-quit', (e: StubEvent) => e.preventDefault());
    electron.app.quit();
    expect(harness.lifecycle.slice(1)).toEqual(['before-quit (prevented)']);

    win.once('close', (e: StubEvent) => e.preventDefault());
    electron.app.quit();
    expect(harness.lifecycle.slice(2)).toEqual(['before-quit', 'close #1 (prevented)']);
    expect(win.isDestroyed()).toBe(false);

    electron.app.once('will-quit', (e: StubEvent) => e.preventDefault());
    electron.app.quit();
    expect(harness.lifecycle.slice(4)).toEqual([
      'before-quit',
      'close #1',
      'closed #1',
      'will-quit (prevented)',
    ]);
    expect(harness.exited).toBe(false);
  });

  it('closing the last window emits window-all-closed, or quits when nobody listens', async () => {
    const listening = await withWindow();
    let allClosed = 0;
    listening.electron.app.on('window-all-closed', () => allClosed++);
    listening.harness.userClose(listening.harness.mainWindow());
    expect(allClosed).toBe(1);
    expect(listening.harness.exited).toBe(false);

    const silent = await withWindow();
    silent.harness.userClose(silent.harness.mainWindow());
    expect(silent.harness.lifecycle.slice(-4)).toEqual([
      'before-quit',
      'will-quit',
      'quit',
      'exit 0',
    ]);
  });

  it('app.exit() asks nobody: no before-quit, close or will-quit', async () => {
    const { harness, electron, win } = await withWindow();
    let asked = 0;
    electron.app.on('before-quit', () => asked++);
    win.on('close', () => asked++);
    electron.app.on('will-quit', () => asked++);
    electron.app.exit(3);
    expect(asked).toBe(0);
    expect(harness.lifecycle.slice(1)).toEqual(['closed #1', 'quit', 'exit 3']);
  });

  it('app.quit() before ready still goes through will-quit and quit', () => {
    const { harness, electron } = stub();
    electron.app.quit();
    expect(harness.lifecycle).toEqual(['before-quit', 'will-quit', 'quit', 'exit 0']);
  });

  it('throws ElectronRuleError and keeps each broken rule', () => {
    const { harness, electron } = stub();
    expect(() => new electron.BrowserWindow()).toThrow(ElectronRuleError);
    expect(harness.violations).toEqual(['Cannot create BrowserWindow before app is ready']);
  });
});
