/**
 * What `import … from 'electron'` inside out/main/index.js resolves to (see the plugin in test/vitest.config.ts).
 * It holds no state: it hands out the stub that startMain() installed for this start, so each
 * fresh import of the bundle (after vi.resetModules) gets its own Electron.
 */
import { STUB_KEY } from './stub-electron';

const installed = (globalThis as { [STUB_KEY]?: Record<string, unknown> })[STUB_KEY];
if (!installed)
  throw new Error(
    "The stub Electron is not installed: start the bundle with startMain() from 'test/shell/start-main'",
  );

export const {
  app,
  BrowserWindow,
  Menu,
  Notification,
  protocol,
  session,
  ipcMain,
  dialog,
  shell,
  screen,
  powerMonitor,
  nativeTheme,
} = installed;
