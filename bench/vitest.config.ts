import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

/** Benchmarks print figures; they never pass or fail on time. Run one file at a time. */
export default defineConfig({
  root: resolve(import.meta.dirname, '..'),
  test: {
    include: ['bench/**/*.bench.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 300_000,
    reporters: ['verbose'],
  },
});
