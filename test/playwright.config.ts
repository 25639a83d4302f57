import { defineConfig } from '@playwright/test';
import { electronBinaryStatus } from './electron/electron-binary';

// Not `npm run web`'s 4173, so the app and the tests can run side by side.
const port = Number(process.env['KOMPETEN_TEST_PORT'] ?? 4391);
const chromium = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const electron = electronBinaryStatus();
if (!electron.available && !process.env['TEST_WORKER_INDEX'])
  console.log(`[electron] smoke test skipped: ${electron.reason}`);

/**
 * "web": the built renderer (out/renderer) served by `vite preview`, driven in Debian Chromium.
 * "electron": the real app through Playwright's _electron, only where an Electron binary exists.
 */
export default defineConfig({
  testDir: '.',
  outputDir: '../test-results',
  fullyParallel: true,
  workers: process.env['CI'] ? 2 : undefined,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: '.reports/playwright.json' }]],
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: { trace: 'retain-on-failure' },
  projects: [
    {
      name: 'web',
      testMatch: 'e2e/**/*.spec.ts',
      use: {
        baseURL: `http://127.0.0.1:${port}/`,
        launchOptions: {
          executablePath: chromium,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
    { name: 'electron', testMatch: 'electron/**/*.spec.ts' },
  ],
  webServer: {
    command: `npx vite preview --config renderer/vite.web.config.ts`,
    cwd: '..',
    env: { KOMPETEN_WEB_PORT: String(port) },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
