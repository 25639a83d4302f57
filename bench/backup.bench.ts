import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'vitest';
import { useBrowserBench, root } from './browser';
import { LARGE_PROFILE, mb } from './backup-profile';

const bench = useBrowserBench();
const folder = mkdtempSync(path.join(tmpdir(), 'kompeten-backup-bench-'));
const file = path.join(folder, 'large.kompeten-cadangan');
const RUNS = 3;

interface Run {
  ms: number;
  checkedMs?: number;
  before: number;
  peak: number;
  fileBytes: number;
}

/** One operation in a fresh Node process (see backup-memory.ts), so its peak RSS is its own. */
function runInProcess(op: 'backup' | 'restore'): Run {
  const out = execFileSync(
    process.execPath,
    [path.join(root, 'node_modules/jiti/lib/jiti-cli.mjs'), 'bench/backup-memory.ts', op, file],
    { cwd: root, encoding: 'utf8', maxBuffer: 1024 * 1024 },
  );
  return JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as Run;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function report(label: string, runs: Run[]) {
  const time = median(runs.map((r) => r.ms));
  const peak = median(runs.map((r) => r.peak));
  const above = median(runs.map((r) => r.peak - r.before));
  console.log(
    `${label.padEnd(44)} median ${s(time)}  peak RSS ${mb(peak)} (+${mb(above)} over the process before it)  (${runs.length} runs)`,
  );
}

const profile = `${LARGE_PROFILE.criteriaAnswered} criteria answered, ${LARGE_PROFILE.evidenceFiles} evidence files (${mb(LARGE_PROFILE.evidenceBytes)}), ${LARGE_PROFILE.logEntries.toLocaleString('en')} log entries`;

test(`backup and restore in Node: ${profile}`, () => {
  const backups = Array.from({ length: RUNS }, () => runInProcess('backup'));
  console.log(`backup file: ${mb(backups[0]?.fileBytes ?? 0)}`);
  report('backup: read every table, zip, checksums', backups);
  const restores = Array.from({ length: RUNS }, () => runInProcess('restore'));
  report('restore: unzip, checksums, schemas, write', restores);
  console.log(
    `  of which reading and checking the file: median ${s(median(restores.map((r) => r.checkedMs ?? NaN)))}`,
  );
}, 600_000);

/**
 * The same file through the app in Chromium: restored into an empty profile (replace), then a
 * new backup of it downloaded. Times run from the click to the result on screen.
 */
test('backup and restore in the browser, through Data & Cadangan', async () => {
  const restores: number[] = [];
  const backups: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const context = await bench.browser().newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${bench.url()}#/data`);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Pilih berkas cadangan…' }).click();
    await (await chooser).setFiles(file);
    const restoreButton = page.getByRole('button', { name: 'Pulihkan', exact: true });
    await restoreButton.waitFor({ timeout: 120_000 });
    await page.getByRole('radio', { name: /^Ganti semua/ }).check();
    let start = Date.now();
    await restoreButton.click();
    await page
      .getByText(/^(Data dipulihkan dari|Data restored from)/)
      .waitFor({ timeout: 300_000 });
    restores.push(Date.now() - start);

    start = Date.now();
    const download = page.waitForEvent('download', { timeout: 300_000 });
    await page.getByRole('button', { name: /^(Unduh cadangan|Download backup)$/ }).click();
    await (await download).path();
    backups.push(Date.now() - start);
    await context.close();
  }
  console.log(
    `restore in Chromium (click → "Data dipulihkan")       median ${s(median(restores))}  (${RUNS} runs: ${restores.map(s).join(', ')})`,
  );
  console.log(
    `backup in Chromium (click → download written)        median ${s(median(backups))}  (${RUNS} runs: ${backups.map(s).join(', ')})`,
  );
}, 900_000);
