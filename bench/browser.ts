import { chromium, type Browser } from '@playwright/test';
import path from 'node:path';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll } from 'vitest';

export const root = path.resolve(import.meta.dirname, '..');

/** The built renderer served by vite preview, and Debian Chromium to drive it. */
async function startBrowserBench(): Promise<{
  url: string;
  browser: Browser;
  close(): Promise<void>;
}> {
  const server: PreviewServer = await preview({
    configFile: path.join(root, 'renderer/vite.web.config.ts'),
    preview: { port: 0, strictPort: false, host: '127.0.0.1' },
  });
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-sync'],
  });
  return {
    url: server.resolvedUrls?.local[0] ?? '',
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** Starts the server and browser before a bench file's tests and closes them after. */
export function useBrowserBench(): { url: () => string; browser: () => Browser } {
  let started: Awaited<ReturnType<typeof startBrowserBench>> | undefined;
  beforeAll(async () => {
    started = await startBrowserBench();
  });
  afterAll(async () => {
    await started?.close();
  });
  const get = () => {
    if (!started) throw new Error('The browser bench has not started');
    return started;
  };
  return { url: () => get().url, browser: () => get().browser };
}
