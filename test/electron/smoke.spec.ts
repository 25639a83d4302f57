import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { IPC_CHANNELS } from '../../shared/ipc/channels';
import { addEntry } from '../e2e/practice-helpers';
import { display, electronBinaryStatus, sandboxArgs } from './electron-binary';

const status = electronBinaryStatus();
const root = path.resolve(import.meta.dirname, '../..');

/**
 * The real app from the project root (`electron .`, as `npm start` runs it), so its name and
 * version are package.json's; each test has its own user-data folder.
 */
async function launch(userData: string, env: Record<string, string>): Promise<ElectronApplication> {
  if (!status.available) throw new Error(status.reason);
  return electron.launch({
    executablePath: status.executablePath,
    args: ['.', `--user-data-dir=${userData}`, ...sandboxArgs()],
    cwd: root,
    env: { ...process.env, ...env } as Record<string, string>,
  });
}

test.describe('desktop app', () => {
  test.skip(!status.available, status.available ? '' : `skipped: ${status.reason}`);

  let userData: string;
  let screen: Awaited<ReturnType<typeof display>>;
  test.beforeEach(async () => {
    userData = await mkdtemp(path.join(tmpdir(), 'kompeten-electron-'));
    screen = await display();
  });
  test.afterEach(async () => {
    screen.stop();
    await rm(userData, { recursive: true, force: true });
  });

  test('launches one secure window with the preload API and persistent storage', async () => {
    const app = await launch(userData, screen.env);
    try {
      const appWindow = await app.firstWindow();
      await expect(appWindow.getByRole('navigation').first()).toBeVisible();
      await expect(appWindow.getByRole('heading', { level: 1 })).toHaveText(
        'Selamat datang di Kompeten',
      );
      // The hash router does not rewrite the address it starts from.
      expect(appWindow.url()).toBe('app://kompeten/index.html');
      expect(await app.evaluate(({ app }) => [app.getName(), app.getVersion()])).toEqual([
        'Kompeten',
        '0.1.0',
      ]);

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
      expect(page.api).toEqual(
        [
          ...Object.keys(IPC_CHANNELS),
          'onQuitBackupRequested',
          'onFilesOpened',
          'onMenuCommand',
        ].sort(),
      );
      expect(page.hasRequire).toBe(false);
      expect(page.hasProcess).toBe(false);
      expect(page.hasIpc).toBe(false);
      expect(page.info?.version).toBe('0.1.0');

      // Invalid arguments are refused by the main process.
      const refused = await appWindow.evaluate(() =>
        window.kompeten
          ?.setLanguage({ language: 'xx', menu: {} } as never)
          .then(() => 'accepted')
          .catch(() => 'refused'),
      );
      expect(refused).toBe('refused');

      // The app's own origin may keep its data for good (Data & Cadangan says so).
      await appWindow.evaluate(() => (location.hash = '#/data'));
      await expect(appWindow.getByTestId('persisted')).toContainText('Diizinkan.');

      // Navigation away from the app is blocked by the main process.
      await appWindow.evaluate(() => {
        location.href = 'https://example.org/';
      });
      await appWindow.waitForTimeout(500);
      expect(appWindow.url().startsWith('app://kompeten/')).toBe(true);
    } finally {
      await app.close();
    }
  });

  test('keeps its data and backs up on quit across a restart', async () => {
    const first = await launch(userData, screen.env);
    const window = await first.firstWindow();
    await window.evaluate(() => (location.hash = '#/praktik'));
    await addEntry(window, { duration: '2', agency: 'Dinas Sosial Kota Bandung' });
    const closed = new Promise<void>((resolve) => first.once('close', () => resolve()));
    await first.evaluate(({ app }) => app.quit());
    await closed;
    const names = await readdir(path.join(userData, 'backups'));
    const backups = names.filter((name) => name.endsWith('.kompeten-cadangan'));
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(/-quit\.kompeten-cadangan$/);
    // Every write finished whole: no temporary file is left anywhere it writes.
    expect(names.filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect((await readdir(userData)).filter((name) => name.endsWith('.tmp'))).toEqual([]);

    const second = await launch(userData, screen.env);
    try {
      const again = await second.firstWindow();
      await again.evaluate(() => (location.hash = '#/praktik'));
      await expect(again.getByText('Dinas Sosial Kota Bandung')).toBeVisible();
      await again.evaluate(() => (location.hash = '#/data'));
      await expect(
        again.getByRole('table', { name: 'Cadangan otomatis, terbaru di atas' }).getByRole('row'),
      ).toHaveCount(2);
      await expect(again.getByRole('cell', { name: 'Saat aplikasi ditutup' })).toBeVisible();
    } finally {
      await second.close();
    }
  });
});
