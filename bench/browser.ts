import { chromium, type Browser } from '@playwright/test';
import path from 'node:path';
import { preview, type PreviewServer } from 'vite';

export const root = path.resolve(import.meta.dirname, '..');

/** The built renderer served by vite preview, and Debian Chromium to drive it. */
export async function startBrowserBench(): Promise<{
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
