import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { rendererConfig } from '../renderer/vite.shared';

const root = resolve(import.meta.dirname, '..');

// Entries are named explicitly: electron-vite only looks under src/ by default.
export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      rollupOptions: { input: { index: resolve(root, 'electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      // A sandboxed preload cannot use ES modules.
      rollupOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: rendererConfig(root),
});
