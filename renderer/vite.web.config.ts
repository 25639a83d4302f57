import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { rendererConfig } from './vite.shared';

/** The browser variant: `npm run web` serves the built renderer, `npm run web:dev` hot-reloads. */
const root = resolve(import.meta.dirname, '..');
const port = Number(process.env['KOMPETEN_WEB_PORT'] ?? 4173);

export default defineConfig({
  ...rendererConfig(root),
  server: { host: '127.0.0.1', port, strictPort: true },
  preview: { host: '127.0.0.1', port, strictPort: true },
});
