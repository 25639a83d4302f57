import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

const root = resolve(import.meta.dirname, '..');

// Unit tests run in Node; files that need a DOM say so with `// @vitest-environment happy-dom`.
export default defineConfig({
  root,
  define: { __APP_VERSION__: JSON.stringify('0.0.0-test') },
  test: {
    include: ['shared/**/*.test.ts', 'test/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Run on our users' clock (UTC+7), so date code that silently assumes UTC fails here too.
    env: { TZ: 'Asia/Jakarta' },
    restoreMocks: true,
    reporters: ['default', 'json'],
    outputFile: { json: 'test/.reports/vitest.json' },
  },
});
