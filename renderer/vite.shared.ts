import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { Plugin, UserConfig } from 'vite';
import { CSP_META } from '../shared/security/csp';

/**
 * The strict CSP goes into the built page only: the dev server needs inline scripts for
 * hot reload. Electron also sends the policy as a header.
 */
function cspMetaTag(): Plugin {
  return {
    name: 'kompeten-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP_META },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/** One renderer build, used by Electron (electron-vite) and by the browser variant (vite). */
export function rendererConfig(root: string): UserConfig {
  const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
    version: string;
  };
  return {
    root: resolve(root, 'renderer'),
    define: { __APP_VERSION__: JSON.stringify(version) },
    base: './',
    plugins: [react(), cspMetaTag()],
    // The PDF worker imports pdfmake as a module; Electron and Chromium run module workers.
    worker: { format: 'es' },
    build: {
      outDir: resolve(root, 'out/renderer'),
      emptyOutDir: true,
      minify: true,
      rollupOptions: { input: resolve(root, 'renderer/index.html') },
    },
  };
}
