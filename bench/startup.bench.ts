import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { test } from 'vitest';
import { makeTestPack } from '../test/support/pack';
import { root, useBrowserBench } from './browser';
import { measure } from './harness';

const rendererDir = path.join(root, 'out/renderer');
const bench = useBrowserBench();

test('cold start of the built renderer', async () => {
  const assets = readdirSync(path.join(rendererDir, 'assets'));
  const kb = (ext: string) =>
    assets
      .filter((f) => f.endsWith(ext))
      .reduce((sum, f) => sum + statSync(path.join(rendererDir, 'assets', f)).size, 0) / 1024;
  console.log(
    `renderer bundle: ${kb('.js').toFixed(0)} kB JavaScript, ${kb('.css').toFixed(0)} kB CSS`,
  );

  // A fresh context each run: empty cache and empty IndexedDB, like a first start.
  await measure('first start → Beranda heading visible', 15, async () => {
    const context = await bench.browser().newContext();
    const page = await context.newPage();
    await page.goto(bench.url());
    await page.getByRole('heading', { level: 1 }).waitFor();
    await context.close();
  });
}, 120_000);

test('Kerangka Kompetensi with a 1,000-criterion pack', async () => {
  const context = await bench.browser().newContext();
  const page = await context.newPage();
  await page.goto(`${bench.url()}#/kerangka`);
  const big = makeTestPack({
    id: 'bench-1000',
    units: 25,
    elementsPerUnit: 4,
    criteriaPerElement: 10,
  });
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Impor paket (.json)' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'bench.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(big)),
  });
  await page.getByRole('button', { name: /^Pakai paket Paket uji/ }).click();
  const all = page.getByText('Menampilkan 1000 dari 1000 kriteria');
  await all.waitFor();

  await measure('open Kerangka Kompetensi (1,000 criteria)', 10, async () => {
    await page.getByRole('link', { name: 'Beranda' }).click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Kerangka Kompetensi' }).click();
    await all.waitFor();
  });
  // Typing a query opens every matching unit: the heaviest render this screen does.
  await measure('type a query → results shown (all units open)', 10, async () => {
    await page.getByLabel('Cari kriteria').fill('tugas');
    await page.getByText('Menampilkan 1000 dari 1000 kriteria').waitFor();
    await page.getByLabel('Cari kriteria').fill('tugas nomor 77');
    // 77 and 770–779: words match by prefix.
    await page.getByText(/^Menampilkan 11 dari 1000 kriteria$/).waitFor();
    await page.getByLabel('Cari kriteria').fill('');
  });
  await context.close();
}, 180_000);
