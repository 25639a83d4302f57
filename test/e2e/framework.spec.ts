import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { frameworkPackSchema } from '../../shared/framework/pack';
import { makeTestPack } from '../support/pack';
import { allCriteria } from '../../shared/framework/tree';
import { expect, openApp, test, uploadTo } from './fixtures';

const defaultPack = frameworkPackSchema.parse(
  JSON.parse(
    readFileSync(
      path.resolve(import.meta.dirname, '../../resources/framework/default-pack.id.json'),
      'utf8',
    ),
  ),
);
const criteria = allCriteria(defaultPack);
const total = criteria.length;

const importFile = (page: Page, name: string, content: string) =>
  uploadTo(page, 'Impor paket (.json)', name, content);

const status = (page: Page) => page.getByText(/^Menampilkan \d+ dari \d+ kriteria$/);

test('the built-in pack is browsable as a tree with details', async ({ page }) => {
  await openApp(page, '/kerangka');
  await expect(page.locator('.badge', { hasText: 'Rujukan tidak resmi' })).toBeVisible();
  await expect(status(page)).toHaveText(`Menampilkan ${total} dari ${total} kriteria`);

  const first = criteria[0]!;
  const unitButton = page.getByRole('button', { name: new RegExp(`^${first.unit.code}`) });
  await expect(unitButton).toHaveAttribute('aria-expanded', 'false');
  await unitButton.click();
  await expect(unitButton).toHaveAttribute('aria-expanded', 'true');
  await page.getByRole('button', { name: first.criterion.question }).click();
  const detail = page.getByRole('complementary', { name: 'Rincian kriteria' });
  await expect(detail).toContainText(first.criterion.question);
  await expect(detail).toContainText(first.element.title);
  await expect(detail).toContainText(first.criterion.id);
});

test('search ignores case and accents; filters show honest counts', async ({ page }) => {
  await openApp(page, '/kerangka');
  const search = page.getByLabel('Cari kriteria');
  const expected = criteria.filter(({ criterion, element, unit }) =>
    [criterion.question, criterion.description ?? '', element.title, unit.title]
      .concat(criterion.tags.keywords ?? [])
      .join(' ')
      .toLowerCase()
      .includes('kerahasiaan'),
  ).length;
  expect(expected).toBeGreaterThan(0);
  for (const query of ['kerahasiaan', 'KERAHASIAAN', 'kérahasiaan']) {
    await search.fill(query);
    await expect(status(page)).toHaveText(`Menampilkan ${expected} dari ${total} kriteria`);
  }

  await page.getByRole('button', { name: 'Hapus semua saringan' }).click();
  const asisten = criteria.filter(({ criterion }) => criterion.levels.includes('asisten')).length;
  const level = page.getByLabel('Jenjang');
  await expect(
    level.locator('option', { hasText: `Asisten Pekerja Sosial (${asisten})` }),
  ).toHaveCount(1);
  await level.selectOption('asisten');
  await expect(status(page)).toHaveText(`Menampilkan ${asisten} dari ${total} kriteria`);

  await search.fill('zzzz tidak ada');
  await expect(page.getByText('Tidak ada kriteria yang cocok.', { exact: false })).toBeVisible();
});

test('a valid pack is imported, used, kept after reload, and can be removed', async ({ page }) => {
  await openApp(page, '/kerangka');
  await expect(status(page)).toBeVisible();
  const pack = {
    ...makeTestPack({ id: 'lsp-contoh', version: '2.0' }),
    title: 'Teks resmi LSP Contoh',
  };
  await importFile(page, 'lsp-contoh.json', JSON.stringify(pack));
  await expect(page.getByRole('status').filter({ hasText: 'berhasil dipasang' })).toContainText(
    'Paket "Teks resmi LSP Contoh" versi 2.0 berhasil dipasang.',
  );
  await page.getByRole('button', { name: 'Pakai paket Teks resmi LSP Contoh versi 2.0' }).click();
  await expect(page.getByRole('heading', { name: /Teks resmi LSP Contoh/ })).toBeVisible();
  await expect(status(page)).toHaveText('Menampilkan 12 dari 12 kriteria');

  await page.reload();
  await expect(status(page)).toHaveText('Menampilkan 12 dari 12 kriteria');

  await page.getByRole('button', { name: 'Hapus paket Teks resmi LSP Contoh versi 2.0' }).click();
  const dialog = page.getByRole('dialog', { name: 'Hapus paket "Teks resmi LSP Contoh"?' });
  await dialog.getByRole('button', { name: 'Hapus paket' }).click();
  await expect(page.getByText('Paket "Teks resmi LSP Contoh" dihapus.')).toBeVisible();
  await expect(status(page)).toHaveText(`Menampilkan ${total} dari ${total} kriteria`);
});

test('an invalid pack is rejected with the path of every problem and changes nothing', async ({
  page,
}) => {
  await openApp(page, '/kerangka');
  await expect(status(page)).toBeVisible();
  const pack = makeTestPack({ id: 'rusak', version: '1.0' });
  pack.units[1]!.elements[0]!.criteria[1]!.question = '';
  pack.domains[2]!.examWeight = 50;
  await importFile(page, 'rusak.json', JSON.stringify(pack));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Berkas "rusak.json" tidak diterima');
  await expect(alert).toContainText('units[1].elements[0].criteria[1].question');
  await expect(page.locator('.library-list__item')).toHaveCount(1);
  // Checks on the pack as a whole come once its units are right, worded in the UI language.
  pack.units[1]!.elements[0]!.criteria[1]!.question = 'Apakah sudah benar?';
  await importFile(page, 'rusak.json', JSON.stringify(pack));
  await expect(page.getByRole('alert')).toContainText(
    'domains: bobot ujian berjumlah 110, bukan 100',
  );
  await expect(page.locator('.library-list__item')).toHaveCount(1);
  await expect(status(page)).toHaveText(`Menampilkan ${total} dari ${total} kriteria`);

  await importFile(page, 'terpotong.json', JSON.stringify(makeTestPack()).slice(0, 200));
  await expect(page.getByRole('alert')).toContainText('Berkas "terpotong.json" terpotong');
  await expect(page.locator('.library-list__item')).toHaveCount(1);
});
