/**
 * Electron main process: lifecycle and wiring only. The logic lives in small modules beside this
 * file that do not import Electron, so they are unit-tested in plain Node; this file itself is
 * tested as built (out/main/index.js) against a stub Electron (test/shell/).
 */
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  Notification,
  powerMonitor,
  protocol,
  screen,
  session,
  shell,
} from 'electron';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { AppCommand } from '../../shared/ipc/app-commands';
import type { MenuLabels } from '../../shared/ipc/menu-labels';
import { IPC_EVENTS } from '../../shared/ipc/channels';
import { APP_ID } from './app-id';
import { serveAppRequest } from './app-protocol';
import { createBackupFolder } from './backup-folder';
import { createIpcHandlers, registerIpcHandlers } from './ipc-handlers';
import { buildMenuTemplate } from './menu';
import { createOpenedFiles, filesFromArgv } from './opened-files';
import { isPermissionGranted } from './permissions';
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

const isMac = process.platform === 'darwin';
const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.join(here, '../renderer');
const preloadPath = path.join(here, '../preload/index.cjs');
// Set by `electron-vite dev` only; packaged and preview builds load from app://.
const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];

// `npm start` and `npm run dev` keep their own data, so a development build can never upgrade
// (or back up over) the installed app's database. Before the lock: each folder has its own.
if (!app.isPackaged && !app.commandLine.hasSwitch('user-data-dir')) {
  app.setPath('userData', `${app.getPath('userData')}-dev`);
}
// Windows groups windows and shows notifications under this id; the installer uses the same.
if (process.platform === 'win32') app.setAppUserModelId(APP_ID);

const windowStateFile = () => path.join(app.getPath('userData'), 'window-state.json');
const argvFiles = (argv: readonly string[], cwd: string) =>
  filesFromArgv(argv, { isPackaged: app.isPackaged, cwd });

// Must happen before `ready`: IndexedDB and WebCrypto need a standard, secure scheme.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

let mainWindow: BrowserWindow | null = null;
const shownNotifications = new Set<Notification>();
/** True once a quit goes through; until then closing the macOS window only hides it. */
let quitting = false;
/** The system is shutting down: never hold the quit back (macOS would cancel the log-out). */
let systemEnding = false;

const backups = createBackupFolder({ dir: path.join(app.getPath('userData'), 'backups') });
const quitBackup = createQuitBackup({
  hasWindow: () => !systemEnding && mainWindow !== null && !mainWindow.webContents.isCrashed(),
  requestBackup: () => mainWindow?.webContents.send(IPC_EVENTS.quitBackupRequested),
  quit: () => app.quit(),
  writing: () => backups.writing(),
});

function showWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

const openedFiles = createOpenedFiles();
function queueOpenedFiles(files: readonly string[]): void {
  if (files.length === 0 || !openedFiles.add(files)) return;
  // The page takes them when it starts; a running page is told that more are waiting.
  mainWindow?.webContents.send(IPC_EVENTS.filesOpened);
  showWindow();
}

// macOS hands double-clicked files over as events, also before `ready` when one started the app.
app.on('open-file', (event, file) => {
  event.preventDefault();
  queueOpenedFiles([file]);
});
queueOpenedFiles(argvFiles(process.argv, process.cwd()));

function sendCommand(command: AppCommand): void {
  showWindow();
  mainWindow?.webContents.send(IPC_EVENTS.menuCommand, command);
}

/** The page hands over the menu's words in its language; until then there is no menu. */
function setMenu(labels: MenuLabels): void {
  const template = buildMenuTemplate({
    labels,
    isMac,
    isDev: !app.isPackaged,
    onCommand: sendCommand,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function rememberWindowState(win: BrowserWindow): void {
  const next: WindowState = { ...win.getNormalBounds(), maximized: win.isMaximized() };
  try {
    saveWindowState(windowStateFile(), next);
  } catch (error) {
    console.error('Could not remember the window size', error);
  }
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
  win.once('ready-to-show', () => {
    // Maximising a hidden window first would flash it at its normal size on some systems.
    if (state.maximized) win.maximize();
    win.show();
  });
  win.on('close', (event) => {
    rememberWindowState(win);
    if (isMac) {
      // A Mac app stays open with its window closed; the page (and the quit backup) stay too.
      if (!quitting) {
        event.preventDefault();
        win.hide();
      }
      return;
    }
    // On Windows and Linux closing the window is how people quit, and by `before-quit` the
    // window (and the page with the data) is already gone; so the backup starts here.
    quitBackup.onQuitRequested(event);
  });
  // Windows ends the session within seconds whatever an app does; keep the size at least.
  win.on('session-end', () => rememberWindowState(win));
  // A crashed page cannot answer: quit at once instead of waiting out the time limit.
  win.webContents.on('render-process-gone', () => quitBackup.done());
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  await win.loadURL(devServerUrl ?? APP_ENTRY_URL);
}

function isOwnUrl(url: string): boolean {
  return isAppUrl(url, devServerUrl);
}

/** What a second start passes to the running one: the files it was asked to open. */
const secondStart = z.object({ files: z.array(z.string().max(4096)).max(100) });

if (!app.requestSingleInstanceLock({ files: argvFiles(process.argv, process.cwd()) })) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory, additionalData) => {
    // The data the second start sent is exact; its argv may be reordered by Chromium.
    const sent = secondStart.safeParse(additionalData);
    const files = sent.success ? sent.data.files : argvFiles(argv, workingDirectory);
    showWindow();
    queueOpenedFiles(files);
  });

  app.on('before-quit', (event) => {
    let held = false;
    quitBackup.onQuitRequested({
      preventDefault: () => {
        held = true;
        event.preventDefault();
      },
    });
    if (!held) quitting = true;
  });

  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(contents, isOwnUrl, (url) => void shell.openExternal(url));
  });

  void app.whenReady().then(async () => {
    protocol.handle(APP_SCHEME, (request) => serveAppRequest(rendererDir, request.url));
    // The page gets persistent storage and nothing else (see permissions.ts).
    session.defaultSession.setPermissionRequestHandler((_wc, permission, callback, details) =>
      callback(isPermissionGranted(permission, details.requestingUrl, isOwnUrl)),
    );
    session.defaultSession.setPermissionCheckHandler((_wc, permission, requestingOrigin) =>
      isPermissionGranted(permission, requestingOrigin, isOwnUrl),
    );

    // Electron passes an event here (its docs: `e.preventDefault()`); its typings omit it.
    powerMonitor.on('shutdown', (event?: { preventDefault(): void }) => {
      if (process.platform === 'linux') {
        // logind waits a few seconds for an app that asks: time for the quit backup.
        event?.preventDefault();
        app.quit();
        return;
      }
      // macOS: holding the quit back now would cancel the user's shut-down or log-out.
      systemEnding = true;
    });

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
        onMenuLabels: setMenu,
        backups,
        onQuitBackupDone: () => quitBackup.done(),
        takeOpenedFiles: () => openedFiles.take(),
        notify: ({ title, body }) => {
          if (!Notification.isSupported()) return false;
          const notification = new Notification({ title, body });
          // Held until it is gone: a collected notification loses its click handler.
          shownNotifications.add(notification);
          notification.on('click', showWindow);
          notification.on('close', () => shownNotifications.delete(notification));
          notification.show();
          return true;
        },
      }),
      isOwnUrl,
    );

    // No menu until the page hands over its words: Electron's default menu would offer the
    // developer tools in an installed app.
    Menu.setApplicationMenu(null);
    await createWindow();
    app.on('activate', () => {
      if (mainWindow) showWindow();
      else void createWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (!isMac) app.quit();
  });
}
