import { resolve, sep } from 'node:path';
import { defineConfig, type Plugin } from 'vitest/config';

const root = resolve(import.meta.dirname, '..');

/**
 * test/shell/ runs the built main process (out/main, from `npm run build`) against a stub
 * Electron: the bundle's `import 'electron'` (and nothing else's) resolves to the stub, so unit
 * tests that mock `electron` themselves are untouched and nothing reaches the real package,
 * which would try to download the Electron binary.
 */
function electronStubForBuiltMain(): Plugin {
  const outMain = resolve(root, 'out/main') + sep;
  const stub = resolve(root, 'test/shell/electron-module.ts');
  return {
    name: 'kompeten:electron-stub-for-built-main',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source !== 'electron' || !importer) return null;
      return resolve(importer.split('?')[0]!).startsWith(outMain) ? stub : null;
    },
  };
}

// Unit tests run in Node; files that need a DOM say so with `// @vitest-environment happy-dom`.
export default defineConfig({
  root,
  plugins: [electronStubForBuiltMain()],
  define: { __APP_VERSION__: JSON.stringify('0.0.0-test') },
  test: {
    include: ['shared/**/*.test.ts', 'test/unit/**/*.test.{ts,tsx}', 'test/shell/**/*.test.ts'],
    environment: 'node',
    // Run on our users' clock (UTC+7), so date code that silently assumes UTC fails here too.
    env: { TZ: 'Asia/Jakarta' },
    restoreMocks: true,
    reporters: ['default', 'json'],
    outputFile: { json: 'test/.reports/vitest.json' },
    // Coverage of the app's own code, for the CI summary (test/summary.mjs). No thresholds.
    // On in CI only (.ci/run sets CI): a whole run takes about a fifth longer with it, but a
    // run of one file several times as long, since every file is reported. `--coverage` locally.
    coverage: {
      enabled: Boolean(process.env['CI']),
      provider: 'v8',
      include: ['shared/**/*.{ts,tsx}', 'renderer/src/**/*.{ts,tsx}', 'electron/**/*.{ts,mjs}'],
      exclude: [
        '**/*.test.{ts,tsx}',
        '**/*.d.ts',
        // Translations are data: typed against one another and checked by i18n-catalogues.test.ts.
        'renderer/src/i18n/*/*.ts',
        // Build configuration, not app code.
        'electron/electron.vite.config.ts',
        // Tested by running it as a process of its own (test/unit/tools), which v8 coverage of
        // the test workers cannot see: it would read 0 % however well it is tested.
        'electron/tools/**',
      ],
      reporter: ['text-summary', 'json-summary'],
      reportsDirectory: 'test/.reports/coverage',
      // A run with failing tests still reports coverage, so the CI summary can show it.
      reportOnFailure: true,
    },
  },
});
