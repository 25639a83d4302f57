import { describe, expect, it } from 'vitest';
import { electronApi, electronApiUncached } from './electron-api';

// The stub is only as strict as this reading of electron.d.ts: if the typings change shape,
// these fail instead of the stub quietly accepting everything.
describe('electron.d.ts, as the stub reads it', () => {
  // Parsed here without the disk cache, so a stale cache cannot hide a broken reading.
  const api = electronApiUncached();

  it('is the installed Electron, read once per process; the cache holds the same', () => {
    expect(api.version).toMatch(/^44\./);
    const cached = electronApi();
    expect(electronApi()).toBe(cached);
    expect(cached.version).toBe(api.version);
    expect(cached.browserWindowOptions).toEqual(api.browserWindowOptions);
    expect(cached.menuItemRoles).toEqual(api.menuItemRoles);
    expect(cached.events).toEqual(api.events);
    expect(cached.methods).toEqual(api.methods);
    expect(cached.readyRules('App')).toEqual(api.readyRules('App'));
  });

  it('has BrowserWindow options, inherited ones included', () => {
    // `webPreferences` is BrowserWindow's own; `width` and `show` come from BaseWindow's.
    for (const key of ['webPreferences', 'width', 'height', 'show', 'minWidth', 'title'])
      expect(api.browserWindowOptions).toContain(key);
    expect(api.browserWindowOptions).not.toContain('nodeIntegration');
    for (const key of ['preload', 'contextIsolation', 'sandbox', 'nodeIntegration'])
      expect(api.webPreferences).toContain(key);
    expect(api.webPreferences).not.toContain('width');
  });

  it('has the menu item options, roles and types', () => {
    for (const key of ['id', 'label', 'role', 'type', 'submenu', 'click', 'accelerator'])
      expect(api.menuItemOptions).toContain(key);
    for (const role of ['quit', 'toggleDevTools', 'togglefullscreen', 'hideOthers', 'about'])
      expect(api.menuItemRoles).toContain(role);
    // Roles are case-sensitive: Electron's is `togglefullscreen`.
    expect(api.menuItemRoles).not.toContain('toggleFullScreen');
    expect([...api.menuItemTypes].sort()).toEqual(
      ['checkbox', 'header', 'normal', 'palette', 'radio', 'separator', 'submenu'].sort(),
    );
  });

  it('has the events of app, windows (BaseWindow included) and web contents', () => {
    for (const event of ['ready', 'before-quit', 'will-quit', 'quit', 'window-all-closed'])
      expect(api.events.app).toContain(event);
    for (const event of ['second-instance', 'open-file', 'activate', 'web-contents-created'])
      expect(api.events.app).toContain(event);
    expect(api.events.app).not.toContain('close');
    // `close`/`closed` are BaseWindow's, `ready-to-show` BrowserWindow's own.
    for (const event of ['close', 'closed', 'ready-to-show', 'session-end'])
      expect(api.events.browserWindow).toContain(event);
    for (const event of ['render-process-gone', 'will-navigate', 'did-finish-load'])
      expect(api.events.webContents).toContain(event);
    expect(api.events.webContents).not.toContain('crashed');
  });

  it('has the methods of the objects the main process uses', () => {
    expect(api.methods.app).toContain('requestSingleInstanceLock');
    expect(api.methods.app).toContain('whenReady');
    expect(api.methods.app).toContain('on');
    expect(api.methods.app).not.toContain('isPackaged');
    expect(api.methods.protocol).toContain('handle');
    expect(api.methods.protocol).toContain('registerSchemesAsPrivileged');
    expect(api.methods.session).toContain('setPermissionRequestHandler');
    expect(api.methods.ipcMain).toContain('handle');
    expect(api.methods.webContents).toContain('send');
    expect(api.methods.webContents).toContain('isCrashed');
    // loadURL is BrowserWindow's own, show and close come from BaseWindow.
    for (const method of ['loadURL', 'show', 'close', 'getNormalBounds', 'isMinimized'])
      expect(api.methods.browserWindow).toContain(method);
    expect(api.members('App').get('isPackaged')).toBe('property');
    expect(api.staticMembers('BrowserWindow').get('getAllWindows')).toBe('method');
  });

  it('knows when the typings say a method may be called', () => {
    expect(api.readyRules('Protocol').get('registerSchemesAsPrivileged')).toBe('before-ready');
    expect(api.readyRules('App').get('disableHardwareAcceleration')).toBe('before-ready');
    expect(api.readyRules('App').get('getLocale')).toBe('after-ready');
    expect(api.readyRules('App').has('quit')).toBe(false);
  });

  it('has the path names and permissions', () => {
    for (const name of ['userData', 'documents', 'temp', 'logs'])
      expect(api.appPathNames).toContain(name);
    expect(api.appPathNames).not.toContain('cache');
    for (const name of ['persistent-storage', 'notifications', 'media', 'clipboard-read'])
      expect(api.permissions).toContain(name);
  });
});
