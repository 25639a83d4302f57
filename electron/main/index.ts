/**
 * Electron main process: lifecycle and wiring only. The logic lives in small modules beside this
 * file that do not import Electron, so they are unit-tested in plain Node.
 */
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  screen,
  session,
  shell,
} from 'electron';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { IPC_EVENTS } from '../../shared/ipc/channels';
import type { Language } from '../../shared/settings/settings';
import { serveAppRequest } from './app-protocol';
import { createBackupFolder } from './backup-folder';
import { createIpcHandlers, registerIpcHandlers } from './ipc-handlers';
import { buildMenuTemplate } from './menu';
import { createQuitBackup } from './quit-backup';
import {
  APP_ENTRY_URL,
  APP_SCHEME,
  guardWebContents,
  isAppUrl,
  secureWebPreferences,
} from './security';
import {
  fitToDisplays,
  loadWindowState,
  MIN_HEIGHT,
  MIN_WIDTH,
  saveWindowState,
  type WindowState,
} from './window-state';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.join(here, '../renderer');
const preloadPath = path.join(here, '../preload/index.cjs');
// Set by `electron-vite dev` only; packaged and preview builds load from app://.
const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
const windowStateFile = () => path.join(app.getPath('userData'), 'window-state.json');

// Must happen before `ready`: IndexedDB and WebCrypto need a standard, secure scheme.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

let mainWindow: BrowserWindow | null = null;

const quitBackup = createQuitBackup({
  hasWindow: () => mainWindow !== null && !mainWindow.webContents.isCrashed(),
  requestBackup: () => mainWindow?.webContents.send(IPC_EVENTS.quitBackupRequested),
  quit: () => app.quit(),
});

function setMenu(language: Language): void {
  const template = buildMenuTemplate({
    language,
    isMac: process.platform === 'darwin',
    isDev: !app.isPackaged,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

async function createWindow(): Promise<void> {
  const saved = await loadWindowState(windowStateFile());
  const state = fitToDisplays(
    saved,
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const win = new BrowserWindow({
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    show: false,
    title: 'Kompeten',
    backgroundColor: '#f6f7f9',
    webPreferences: secureWebPreferences(preloadPath),
  });
  mainWindow = win;
  if (state.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  win.on('close', (event) => {
    // On Windows and Linux closing the window is how people quit, and by `before-quit` the
    // window (and the page with the data) is already gone; so the backup starts here.
    if (process.platform !== 'darwin') quitBackup.onQuitRequested(event);
    const bounds = win.getNormalBounds();
    const next: WindowState = { ...bounds, maximized: win.isMaximized() };
    void saveWindowState(windowStateFile(), next).catch((error: unknown) =>
      console.error('Could not remember the window size', error),
    );
  });
  win.on('closed', () => {
    mainWindow = null;
  });
  await win.loadURL(devServerUrl ?? APP_ENTRY_URL);
}

function isOwnUrl(url: string): boolean {
  return isAppUrl(url, devServerUrl);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('before-quit', (event) => quitBackup.onQuitRequested(event));

  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(contents, isOwnUrl, (url) => void shell.openExternal(url));
  });

  void app.whenReady().then(async () => {
    protocol.handle(APP_SCHEME, (request) => serveAppRequest(rendererDir, request.url));
    // The app asks for nothing: camera, notifications, geolocation… are all refused.
    session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) =>
      callback(false),
    );
    session.defaultSession.setPermissionCheckHandler(() => false);

    registerIpcHandlers(
      (channel, listener) => ipcMain.handle(channel, listener),
      createIpcHandlers({
        appInfo: { version: app.getVersion(), platform: process.platform },
        showSaveDialog: (options) =>
          mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options),
        showOpenDialog: (options) =>
          mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options),
        openExternal: (url) => shell.openExternal(url),
        defaultSaveFolder: () => app.getPath('documents'),
        onLanguageChanged: setMenu,
        backups: createBackupFolder({ dir: path.join(app.getPath('userData'), 'backups') }),
        onQuitBackupDone: () => quitBackup.done(),
      }),
      isOwnUrl,
    );

    setMenu('id');
    await createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) void createWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
