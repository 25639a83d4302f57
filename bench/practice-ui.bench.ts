import type { Page } from '@playwright/test';
import { test } from 'vitest';
import { practiceToCsv } from '../shared/practice/csv';
import { useBrowserBench } from './browser';
import { measure } from './harness';
import { benchEntries, idVocabulary as vocabulary } from './practice-data';

const bench = useBrowserBench();

const entries = benchEntries(20_000);
const halves = [entries.slice(0, 10_000), entries.slice(10_000)].map((part) =>
  Buffer.from(practiceToCsv(part, vocabulary)),
);

async function importCsv(page: Page, buffer: Buffer, total: number) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Impor CSV' }).click();
  await (await chooser).setFiles({ name: 'log.csv', mimeType: 'text/csv', buffer });
  await page.getByRole('button', { name: 'Impor 10000 baris' }).click();
  await page.getByText(`Menampilkan ${total} dari ${total} entri.`).waitFor({ timeout: 120_000 });
}

test('Jam Praktik in the browser with 20,000 entries', async () => {
  // Each run a fresh, empty database: file chosen → preview → all rows stored and listed.
  await measure(
    'import 10,000 CSV rows through the UI',
    3,
    async () => {
      const context = await bench.browser().newContext();
      const page = await context.newPage();
      await page.goto(`${bench.url()}#/praktik`);
      await importCsv(page, halves[0] as Buffer, 10_000);
      await context.close();
    },
    { warmup: 0 },
  );

  const context = await bench.browser().newContext();
  const page = await context.newPage();
  await page.goto(`${bench.url()}#/praktik`);
  await importCsv(page, halves[0] as Buffer, 10_000);
  await importCsv(page, halves[1] as Buffer, 20_000);
  const all = page.getByText('Menampilkan 20000 dari 20000 entri.');

  await measure('open the log (20,000 entries) → rows shown', 10, async () => {
    await page.getByRole('link', { name: 'Beranda' }).click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Jam Praktik' }).click();
    await all.waitFor();
    await page.getByRole('listitem').first().waitFor();
  });
  await measure('search → filtered list shown', 10, async () => {
    await page.getByLabel('Cari', { exact: true }).fill('nomor 19999');
    await page.getByText(/^Menampilkan 1 dari 20000 entri\.$/).waitFor();
    await page.getByLabel('Cari', { exact: true }).fill('');
    await all.waitFor();
  });
  await measure('filter by field → filtered list shown', 10, async () => {
    await page.getByRole('combobox', { name: 'Bidang praktik' }).selectOption('napza');
    await page.getByText(/^Menampilkan 2222 dari 20000 entri\.$/).waitFor();
    await page.getByRole('combobox', { name: 'Bidang praktik' }).selectOption('');
    await all.waitFor();
  });
  await context.close();
}, 600_000);
