import type { Browser, BrowserContext, Page } from '@playwright/test';
import { makeTestSnapshot } from '../support/snapshot';
import { writeBackup } from '../../shared/backup/write';
import { expect, openApp, storedCounts, test } from './fixtures';
import { addEntry } from './practice-helpers';

/**
 * Closing the page in the middle of a long write (the browser crashing, the laptop's lid…) must
 * leave the database as it was before or as it would be after, never part of each. Whichever
 * way each run lands, every table must agree on it.
 */

type Counts = Record<string, number>;

/** Records per object store, read with plain IndexedDB from a fresh page. */
async function countRecords(context: BrowserContext): Promise<Counts> {
  const page = await context.newPage();
  await openApp(page, '/');
  const counts = await storedCounts(page);
  await page.close();
  return counts;
}

/** Which of the two states the database is in, or what it mixes. */
function whichState(counts: Counts, before: Counts, after: Counts): 'before' | 'after' {
  const same = (expected: Counts) =>
    Object.keys({ ...expected, ...counts }).every((k) => (counts[k] ?? 0) === (expected[k] ?? 0));
  if (same(before)) return 'before';
  if (same(after)) return 'after';
  throw new Error(
    `The database is neither before nor after: ${JSON.stringify({ counts, before, after })}`,
  );
}

async function freshContext(browser: Browser) {
  return browser.newContext({ acceptDownloads: true });
}

async function closeWhile(page: Page, busy: () => Promise<void>) {
  await busy();
  // No beforeunload, no goodbye: as abrupt as closing a tab gets.
  await page.close({ runBeforeUnload: false });
}

test('closing the page during a large restore leaves the data fully before or after', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const snapshot = await makeTestSnapshot({
    logEntries: 20_000,
    evidenceFiles: 20,
    evidenceBytes: 20 * 1024 * 1024,
  });
  const bytes = await writeBackup(snapshot, {
    appVersion: '1.0.0',
    createdAt: '2026-11-20T08:00:00.000Z',
    reason: 'manual',
  });
  const context = await freshContext(browser);
  const page = await context.newPage();
  await openApp(page, '/praktik');
  await addEntry(page, { duration: '2', agency: 'Dinas Sosial Kota Bandung' });
  const before = await countRecords(context);

  await page.goto('./#/data');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Pilih berkas cadangan…' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'besar.kompeten-cadangan',
    mimeType: 'application/zip',
    buffer: Buffer.from(bytes),
  });
  await page.getByRole('radio', { name: /^Ganti semua/ }).check();
  await page.getByRole('button', { name: 'Pulihkan' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ganti semua' }).click();
  await closeWhile(page, () => expect(page.getByText('Memulihkan data…')).toBeVisible());

  const after: Counts = Object.fromEntries(
    Object.entries(snapshot.tables).map(([name, rows]) => [name, rows.length]),
  );
  after['evidenceFiles'] = snapshot.files.length;
  const state = whichState(await countRecords(context), before, after);
  test.info().annotations.push({ type: 'landed', description: state });
  await context.close();
});

test('closing the page during a large CSV import leaves the log fully before or after', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const rows = 10_000;
  const csv = [
    'tanggal;durasi_jam;lembaga;bidang;jenis_kegiatan;narasi',
    ...Array.from(
      { length: rows },
      (_, i) =>
        `2026-0${1 + (i % 9)}-${String(1 + (i % 28)).padStart(2, '0')};1,5;Lembaga ${i};Anak;Kontak langsung dengan klien;Kunjungan ${i}`,
    ),
  ].join('\n');
  const context = await freshContext(browser);
  const page = await context.newPage();
  await openApp(page, '/praktik');
  await addEntry(page, { duration: '2', agency: 'Dinas Sosial Kota Bandung' });
  const before = await countRecords(context);

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Impor CSV' }).click();
  await (
    await chooser
  ).setFiles({ name: 'besar.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const importButton = page.getByRole('dialog').getByRole('button', { name: /^Impor .* baris$/ });
  await importButton.click();
  await closeWhile(page, () => expect(importButton).toBeDisabled());

  const after = { ...before, practiceEntries: (before['practiceEntries'] ?? 0) + rows };
  const state = whichState(await countRecords(context), before, after);
  test.info().annotations.push({ type: 'landed', description: state });
  await context.close();
});
