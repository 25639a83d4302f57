import type { Page } from '@playwright/test';
import { makeTestBank } from '../support/bank';
import { makeTestPack } from '../support/pack';
import { expect, openApp, seriousViolations, test, uploadTo } from './fixtures';

/** Nine items, one per part and difficulty: far short of a full simulation. */
const bank = { ...makeTestBank(() => 1), id: 'lks-contoh', title: 'Bank soal LKS Contoh' };
const importBank = (page: Page, name: string, content: unknown) =>
  uploadTo(page, 'Impor bank soal (.json)', name, JSON.stringify(content));
const bankLine = (page: Page, text: string) => page.getByText(`Bank soal: ${text}`);
const DEFAULT_LINE = 'Bank soal latihan Kompeten (versi 1.0, 150 soal)';
const OURS_LINE = 'Bank soal LKS Contoh (versi 1.0, 9 soal)';

test('an imported bank is used for simulations and practice, and removed with the history kept', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await openApp(page, '/latihan');
  await expect(bankLine(page, DEFAULT_LINE)).toBeVisible();
  await importBank(page, 'lks-contoh.json', bank);
  await expect(page.getByRole('status').filter({ hasText: 'berhasil dipasang' })).toHaveText(
    'Bank soal "Bank soal LKS Contoh" versi 1.0 berhasil dipasang. Pilih "Pakai" untuk berlatih dengannya.',
  );
  await page
    .getByRole('button', { name: 'Pakai bank soal Bank soal LKS Contoh versi 1.0' })
    .click();
  await expect(bankLine(page, OURS_LINE)).toBeVisible();
  // The button gives way to the badge, which takes the focus; a status line says what changed.
  const ours = page.locator('.library-list__item', { hasText: 'Bank soal LKS Contoh' });
  await expect(ours.getByText('Sedang dipakai')).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'sekarang dipakai' })).toHaveText(
    'Bank soal "Bank soal LKS Contoh" versi 1.0 sekarang dipakai.',
  );
  await page.reload();
  await expect(bankLine(page, OURS_LINE)).toBeVisible();

  // A simulation from it says how it falls short of the blueprint.
  await page.getByRole('button', { name: 'Mulai simulasi' }).click();
  await expect(page.getByText('Soal 1 dari 9', { exact: true })).toBeVisible();
  const shortfall = page.getByTestId('shortfall');
  await expect(shortfall).toContainText('tidak cukup untuk mengikuti kisi-kisi');
  await expect(shortfall).toContainText('Body of Skills mudah (1 dari 20)');
  await expect(shortfall).toContainText('Bank soal hanya cukup untuk 9 soal.');

  // The bank cannot go while a simulation runs on it.
  await openApp(page, '/latihan');
  await page
    .getByRole('button', { name: 'Hapus bank soal Bank soal LKS Contoh versi 1.0' })
    .click();
  await expect(page.getByRole('alert')).toContainText(
    'Masih ada simulasi yang berjalan dengan bank soal ini.',
  );
  await page.getByRole('link', { name: 'Lanjutkan simulasi' }).click();
  await page.keyboard.press('1');
  await page.getByRole('button', { name: 'Selesai dan kumpulkan' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Kumpulkan' }).click();
  await expect(page.getByTestId('exam-score')).toContainText(/dari 9/);
  const score = await page.getByTestId('exam-score').textContent();
  await expect(page.getByText('Soal 1: ', { exact: false })).toBeVisible();

  // One practice item, then leaving: the session is kept as far as it went.
  await page.getByRole('link', { name: 'Kembali ke Latihan Ujian' }).click();
  await page.getByRole('link', { name: 'Buka latihan singkat' }).click();
  await expect(page.getByRole('status')).toHaveText(
    '0 soal siap diulang dan 9 soal baru sesuai pilihan ini.',
  );
  await page.getByLabel('Jumlah soal').selectOption('5');
  await page.getByRole('button', { name: 'Mulai latihan' }).click();
  await page.keyboard.press('b');
  await expect(page.getByTestId('practice-feedback')).toBeVisible();
  await page.getByRole('link', { name: 'Kembali ke Latihan Ujian' }).click();
  await expect(page.getByTestId('practice-history')).toContainText(
    /Semua soal\s*[01] dari 1 benar; berhenti setelah 1 dari 5 soal/,
  );

  // Removing it: the history keeps its scores, the default bank is back in use.
  await page
    .getByRole('button', { name: 'Hapus bank soal Bank soal LKS Contoh versi 1.0' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Hapus bank soal "Bank soal LKS Contoh"?' });
  await expect(dialog).toContainText(
    'Riwayat mencatat 1 simulasi dan 1 sesi latihan yang memakai bank soal ini',
  );
  await dialog.getByRole('button', { name: 'Hapus bank soal' }).click();
  await expect(page.getByText('Bank soal "Bank soal LKS Contoh" dihapus.')).toBeVisible();
  await expect(bankLine(page, DEFAULT_LINE)).toBeVisible();
  await expect(page.getByTestId('practice-history')).toContainText('berhenti setelah 1 dari 5');

  await page.getByRole('link', { name: /^Lihat hasil simulasi/ }).click();
  await expect(page.getByTestId('exam-score')).toHaveText(score ?? '');
  await expect(page.getByText(/Bank soal lks-contoh@1\.0 tidak terpasang lagi/)).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // Imported again, the item-by-item review is back.
  await page.getByRole('link', { name: 'Kembali ke Latihan Ujian' }).click();
  await importBank(page, 'lks-contoh.json', bank);
  await page.getByRole('link', { name: /^Lihat hasil simulasi/ }).click();
  await expect(page.getByText('Soal 1: ', { exact: false })).toBeVisible();
});

test('a bad question bank is refused, saying where, and changes nothing', async ({ page }) => {
  await openApp(page, '/latihan');
  const banks = page.locator('.library-list__item');
  await expect(banks).toHaveCount(1);

  const broken = structuredClone(bank);
  broken.items[2]!.key = 'E';
  broken.items[4]!.fact.source = 'tidak-ada';
  await importBank(page, 'rusak.json', broken);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Berkas "rusak.json" tidak diterima');
  await expect(alert).toContainText('items[2].key');
  await expect(alert).toContainText('items[4].fact.source');
  await expect(banks).toHaveCount(1);

  await importBank(page, 'paket.json', makeTestPack());
  await expect(page.getByRole('alert')).toContainText(
    'Berkas "paket.json" adalah paket kerangka (.json), bukan bank soal.',
  );

  // The same id and version with other content would change what old reports read.
  await importBank(page, 'lks-contoh.json', bank);
  await importBank(page, 'lks-contoh-ubah.json', { ...bank, title: 'Judul lain' });
  await expect(page.getByRole('alert')).toContainText(
    'Bank soal lks-contoh@1.0 sudah terpasang dengan isi yang berbeda.',
  );
  await expect(banks).toHaveCount(2);
  await expect(bankLine(page, DEFAULT_LINE)).toBeVisible();
});
