// Prints one closing line for CI from the vitest and Playwright JSON reports:
// "Tests: N passed, N failed, N skipped". A report that is missing counts as a failure, and so
// does a failed run that no test accounts for (type check, lint, build, server start).
// Just before it, the unit tests' coverage (test/vitest.config.ts); without it, a line says so,
// and the counts are unchanged.
// Usage: node test/summary.mjs <exit status of npm test>
import { existsSync, readFileSync, statSync } from 'node:fs';

const dir = new URL('./.reports/', import.meta.url);
let passed = 0;
let failed = 0;
let skipped = 0;

const vitestFile = new URL('vitest.json', dir);
let unitStart = 0;
if (existsSync(vitestFile)) {
  const r = JSON.parse(readFileSync(vitestFile, 'utf8'));
  unitStart = r.startTime ?? 0;
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests + r.numTodoTests;
} else {
  console.log('No unit-test report (the run stopped before the unit tests finished).');
  failed += 1;
}

const playwrightFile = new URL('playwright.json', dir);
if (existsSync(playwrightFile)) {
  const s = JSON.parse(readFileSync(playwrightFile, 'utf8')).stats;
  passed += s.expected + s.flaky;
  failed += s.unexpected;
  skipped += s.skipped;
} else {
  console.log('No end-to-end report (the run stopped before the end-to-end tests finished).');
  failed += 1;
}

const status = Number(process.argv[2] ?? 0);
if (status !== 0 && failed === 0) {
  console.log(`npm test exited with ${status} outside any test: see the output above.`);
  failed = 1;
}

console.log(coverageLine());
console.log(`Tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);

/** "Coverage: lines 81.2 %, branches 74.0 %, functions 79.5 % (unit tests)", or why there is none. */
function coverageLine() {
  const file = new URL('coverage/coverage-summary.json', dir);
  const missing = 'Coverage: report missing (the unit tests did not run, or ran without it).';
  if (!existsSync(file)) return missing;
  // A report older than the unit-test run is an earlier run's.
  if (statSync(file).mtimeMs < unitStart) return missing;
  try {
    const { total } = JSON.parse(readFileSync(file, 'utf8'));
    const pct = (key) => `${key} ${Number(total[key].pct).toFixed(1)} %`;
    return `Coverage: ${['lines', 'branches', 'functions'].map(pct).join(', ')} (unit tests)`;
  } catch (error) {
    return `Coverage: report unreadable (${String(error).replace(/\s+/g, ' ')}).`;
  }
}
