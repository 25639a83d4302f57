import { _electron as electron, expect, test } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { electronBinaryStatus } from './electron-binary';

const status = electronBinaryStatus();
const root = path.resolve(import.meta.dirname, '../..');

test.describe('desktop app', () => {
  test.skip(!status.available, status.available ? '' : `skipped: ${status.reason}`);

  test('launches one secure window with the preload API', async () => {
    if (!status.available) return;
    const userData = await mkdtemp(path.join(tmpdir(), 'kompeten-electron-'));
    const app = await electron.launch({
      executablePath: status.executablePath,
      args: [path.join(root, 'out/main/index.js'), `--user-data-dir=${userData}`],
      cwd: root,
    });
    try {
      const window = await app.firstWindow();
      await expect(window.getByRole('navigation')).toBeVisible();
      await expect(window.getByRole('heading', { level: 1 })).toHaveText(
        'Selamat datang di Kompeten',
      );
      expect(window.url()).toBe('app://kompeten/index.html#/');

      const prefs = await app.evaluate(({ BrowserWindow }) => {
        const windows = BrowserWindow.getAllWindows();
        const p = windows[0]?.webContents.getLastWebPreferences();
        return {
          count: windows.length,
          contextIsolation: p?.contextIsolation,
          sandbox: p?.sandbox,
          nodeIntegration: p?.nodeIntegration,
          webSecurity: p?.webSecurity,
        };
      });
      expect(prefs).toEqual({
        count: 1,
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
      });

      // The page sees exactly one API object, and no Node.
      const page = await window.evaluate(async () => ({
        api: Object.keys(window.kompeten ?? {}).sort(),
        hasRequire: 'require' in window,
        hasProcess: 'process' in window,
        info: await window.kompeten?.appInfo(),
      }));
      expect(page.api).toEqual(['appInfo', 'openExternal', 'openFile', 'saveFile', 'setLanguage']);
      expect(page.hasRequire).toBe(false);
      expect(page.hasProcess).toBe(false);
      expect(page.info?.version).toMatch(/^\d+\.\d+\.\d+/);

      // Invalid arguments are refused by the main process.
      const refused = await window.evaluate(() =>
        window.kompeten
          ?.setLanguage({ language: 'xx' as never })
          .then(() => 'accepted')
          .catch(() => 'refused'),
      );
      expect(refused).toBe('refused');
    } finally {
      await app.close();
      await rm(userData, { recursive: true, force: true });
    }
  });
});
