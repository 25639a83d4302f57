import { _electron as electron, expect, test } from '@playwright/test';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { IPC_CHANNELS } from '../../shared/ipc/channels';
import { addEntry } from '../e2e/practice-helpers';
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
      const appWindow = await app.firstWindow();
      await expect(appWindow.getByRole('navigation')).toBeVisible();
      await expect(appWindow.getByRole('heading', { level: 1 })).toHaveText(
        'Selamat datang di Kompeten',
      );
      expect(appWindow.url()).toBe('app://kompeten/index.html#/');

      const windows = await app.evaluate(
        ({ BrowserWindow }) => BrowserWindow.getAllWindows().length,
      );
      expect(windows).toBe(1);

      // The page sees exactly one API object, and no Node.
      const page = await appWindow.evaluate(async () => ({
        api: Object.keys(window.kompeten ?? {}).sort(),
        hasRequire: 'require' in window,
        hasProcess: 'process' in window,
        hasIpc: 'ipcRenderer' in window,
        info: await window.kompeten?.appInfo(),
      }));
      expect(page.api).toEqual([...Object.keys(IPC_CHANNELS), 'onQuitBackupRequested'].sort());
      expect(page.hasRequire).toBe(false);
      expect(page.hasProcess).toBe(false);
      expect(page.hasIpc).toBe(false);
      expect(page.info?.version).toMatch(/^\d+\.\d+\.\d+/);

      // Invalid arguments are refused by the main process.
      const refused = await appWindow.evaluate(() =>
        window.kompeten
          ?.setLanguage({ language: 'xx' as never })
          .then(() => 'accepted')
          .catch(() => 'refused'),
      );
      expect(refused).toBe('refused');

      // Navigation away from the app is blocked by the main process.
      await appWindow.evaluate(() => {
        location.href = 'https://example.org/';
      });
      await appWindow.waitForTimeout(500);
      expect(appWindow.url().startsWith('app://kompeten/')).toBe(true);
    } finally {
      await app.close();
      await rm(userData, { recursive: true, force: true });
    }
  });

  test('backs up into the user data folder on quit and lists the backup after a restart', async () => {
    if (!status.available) return;
    const userData = await mkdtemp(path.join(tmpdir(), 'kompeten-electron-'));
    const launch = () =>
      electron.launch({
        executablePath: status.executablePath,
        args: [path.join(root, 'out/main/index.js'), `--user-data-dir=${userData}`],
        cwd: root,
      });
    try {
      const first = await launch();
      const window = await first.firstWindow();
      await window.evaluate(() => (location.hash = '#/praktik'));
      await addEntry(window, { duration: '2', agency: 'Dinas Sosial Kota Bandung' });
      const closed = new Promise<void>((resolve) => first.once('close', () => resolve()));
      await first.evaluate(({ app }) => app.quit());
      await closed;
      const backups = (await readdir(path.join(userData, 'backups'))).filter((name) =>
        name.endsWith('.kompeten-cadangan'),
      );
      expect(backups).toHaveLength(1);
      expect(backups[0]).toMatch(/-quit\.kompeten-cadangan$/);

      const second = await launch();
      const again = await second.firstWindow();
      await again.evaluate(() => (location.hash = '#/data'));
      await expect(
        again.getByRole('table', { name: 'Cadangan otomatis, terbaru di atas' }).getByRole('row'),
      ).toHaveCount(2);
      await expect(again.getByRole('cell', { name: 'Saat aplikasi ditutup' })).toBeVisible();
      await second.close();
    } finally {
      await rm(userData, { recursive: true, force: true });
    }
  });
});
