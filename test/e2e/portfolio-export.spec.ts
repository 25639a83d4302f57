import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { addEvidence, editor, openCriterion } from './assessment-helpers';
import { expect, openApp, test, uploadTo } from './fixtures';
import { addEntry, downloadFrom } from './practice-helpers';

/**
 * The text of a PDF as poppler reads it, in reading order with runs of spaces and line breaks
 * made one space (table cells wrap); pages stay split by \f.
 */
function pdfText(path: string): string {
  return execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/[ \n]+/g, ' ');
}

async function download(page: Page, button: string) {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await downloading;
  return { name: file.suggestedFilename(), path: await file.path() };
}

async function fillPortfolio(page: Page) {
  await openApp(page, '/profil');
  await page.getByLabel('Nama lengkap').fill('Nur’aini Siregar');
  await page.getByLabel('Asisten Pekerja Sosial').check();
  await page.getByRole('button', { name: 'Simpan profil' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'tersimpan' }).first()).toBeVisible();

  await openApp(page, '/asesmen');
  await page.getByRole('button', { name: 'Mulai asesmen' }).click();
  await openCriterion(page);
  await editor(page).getByLabel(/^3 — /).check();
  await editor(page).getByLabel('K — kompeten').check();
  await addEvidence(page, 'Laporan asesmen keluarga');

  await openApp(page, '/portofolio/deskripsi-diri');
  await page
    .getByLabel('Jawaban Anda')
    .fill('Saya menerapkan teori ekologi dalam asesmen keluarga.');
  await expect(page.getByText('Tersimpan otomatis')).toBeVisible();

  await openApp(page, '/praktik');
  await addEntry(page, {
    start: '08:00',
    end: '10:30',
    agency: 'Panti Sosial Tresna Wredha – Ciracas',
    field: 'Lanjut usia',
  });
}

test('the portfolio PDF: made in a worker with progress, previewed, saved, and verifiable', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await fillPortfolio(page);
  await openApp(page, '/portofolio');
  await page.getByRole('link', { name: 'Ekspor PDF' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ekspor PDF Portofolio');
  await page.getByRole('button', { name: 'Buat PDF' }).click();
  await expect(page.getByText(/^PDF siap/)).toBeVisible({ timeout: 30_000 });
  const code = (await page.locator('.export-result .fingerprint').textContent()) ?? '';
  expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}$/);
  await expect(page.getByRole('img', { name: 'Halaman 1' })).toBeVisible();
  await expect(page.getByText(/^Menampilkan 3 dari \d+ halaman\.$/)).toBeVisible();

  const pdf = await download(page, 'Simpan PDF');
  expect(pdf.name).toMatch(/^portofolio-Nur’aini Siregar-\d{4}-\d{2}-\d{2}\.pdf$/);
  const text = pdfText(pdf.path);
  const pages = text.split('\f').filter((p) => p.trim());
  // Every section, in order, with the candidate's name and Indonesian characters intact.
  const order = [
    'Portofolio Sertifikasi',
    'Daftar Isi',
    'Daftar Riwayat Hidup',
    'Ringkasan Kesiapan',
    'Asesmen Mandiri',
    'Daftar Bukti',
    'Deskripsi Diri',
    'Catatan Jam Praktik',
    'Pernyataan',
  ];
  const positions = order.map((heading) => text.indexOf(heading));
  expect(positions.every((p) => p >= 0)).toBe(true);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  expect(text).toContain('Nur’aini Siregar');
  expect(text).toContain('Panti Sosial Tresna Wredha – Ciracas');
  expect(text).toContain('Laporan asesmen keluarga');
  expect(text).toContain('Saya menerapkan teori ekologi dalam asesmen keluarga.');
  expect(text).toContain(code);
  expect(pages[1]).toContain(`Halaman 2 dari ${pages.length}`);
  expect(text).toContain('Belum ditandatangani');

  // The data bundle verifies against the printed code; an altered copy does not.
  const bundle = await downloadFrom(page, 'Simpan data verifikasi');
  expect(bundle.name).toMatch(/\.kompeten-portofolio$/);
  await openApp(page, '/portofolio/verifikasi');
  await page.getByLabel('Kode di sampul PDF').fill(code.toLowerCase());
  await uploadTo(page, 'Buka berkas data portofolio', bundle.name, bundle.text);
  await expect(page.getByText('Data cocok dengan kode di sampul PDF.')).toBeVisible({
    timeout: 15_000,
  });

  const altered = bundle.text.replace('Laporan asesmen keluarga', 'Laporan asesmen lain');
  expect(altered).not.toBe(bundle.text);
  await uploadTo(page, 'Buka berkas data portofolio', bundle.name, altered);
  await expect(page.getByText('Data dalam berkas telah diubah setelah diekspor.')).toBeVisible({
    timeout: 15_000,
  });
});

test('an empty portfolio still exports, with honest markers, and the export can be cancelled', async ({
  page,
}) => {
  await openApp(page, '/portofolio/ekspor');
  await page.getByRole('button', { name: 'Buat PDF' }).click();
  await page.getByRole('button', { name: 'Batalkan' }).click();
  await expect(
    page.getByText('Pembuatan PDF dibatalkan. Tidak ada berkas yang dibuat.'),
  ).toBeVisible();

  await page.getByLabel('Daftar isi').uncheck();
  await page.getByRole('button', { name: 'Buat PDF' }).click();
  await expect(page.getByText(/^PDF siap/)).toBeVisible({ timeout: 30_000 });
  const text = pdfText((await download(page, 'Simpan PDF')).path);
  expect(text).not.toContain('Daftar Isi');
  expect(text).toContain('Nama belum diisi');
  expect(text).toContain('Belum diisi');
  // The choice is remembered for the next export.
  await page.reload();
  await expect(page.getByLabel('Daftar isi')).not.toBeChecked();
  await expect(page.getByText(/^Ekspor terakhir:/)).toBeVisible();
});
