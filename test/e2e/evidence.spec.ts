import { readFile } from 'node:fs/promises';
import { addEvidence, editor, openCriterion } from './assessment-helpers';
import { expect, openApp, seriousViolations, test } from './fixtures';

const TITLE = 'Laporan asesmen keluarga (disamarkan)';

test('manage evidence: save its file, edit it, remove the file, delete with confirmation', async ({
  page,
}) => {
  await openApp(page, '/asesmen/bukti');
  await expect(page.getByText(/Belum ada bukti/)).toBeVisible();

  await page.getByRole('link', { name: 'Buka Asesmen Mandiri' }).click();
  await page.getByRole('button', { name: 'Mulai asesmen' }).click();
  await openCriterion(page);
  await addEvidence(page, TITLE, {
    name: 'laporan.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4 laporan'),
  });

  await page.getByRole('link', { name: 'Kelola semua bukti' }).click();
  const card = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: TITLE }) });
  await expect(card).toContainText('laporan.pdf');
  await card.getByText('Mendukung 1 kriteria').click();
  await expect(card.getByRole('link', { name: /mengumpulkan data klien/ })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // The stored bytes come back out unchanged.
  const downloading = page.waitForEvent('download');
  await card.getByRole('button', { name: 'Simpan berkas "laporan.pdf"' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('laporan.pdf');
  expect(await readFile((await download.path())!, 'utf8')).toBe('%PDF-1.4 laporan');

  // Edit: a bad date is refused next to the field, then a new title and no file.
  await card.getByRole('button', { name: `Ubah "${TITLE}"` }).click();
  const dialog = page.getByRole('dialog', { name: 'Ubah bukti' });
  await expect(dialog.getByLabel('Judul bukti')).toHaveValue(TITLE);
  await dialog.getByLabel('Tanggal').fill('2099-01-01');
  await dialog.getByRole('button', { name: 'Simpan bukti' }).click();
  await expect(dialog.getByLabel('Tanggal')).toHaveAccessibleDescription(
    'Tanggal tidak boleh di masa depan.',
  );
  await dialog.getByLabel('Tanggal').fill('2024-05-02');
  await dialog.getByLabel('Judul bukti').fill('Laporan asesmen keluarga, versi akhir');
  await dialog.getByLabel('Hapus berkas ini dari bukti').check();
  await dialog.getByRole('button', { name: 'Simpan bukti' }).click();
  await expect(dialog).toBeHidden();
  const edited = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Laporan asesmen keluarga, versi akhir' }) });
  await expect(edited).toContainText('2024-05-02');
  await expect(edited).not.toContainText('laporan.pdf');

  // Delete: cancelling keeps it, confirming removes it from the criterion too.
  await edited.getByRole('button', { name: /^Hapus "/ }).click();
  const confirm = page.getByRole('dialog', { name: /^Hapus bukti/ });
  await expect(confirm).toContainText('1 kriteria');
  await confirm.getByRole('button', { name: 'Batal' }).click();
  await expect(edited).toBeVisible();
  await edited.getByRole('button', { name: /^Hapus "/ }).click();
  await confirm.getByRole('button', { name: 'Hapus bukti' }).click();
  await expect(page.getByText(/Belum ada bukti/)).toBeVisible();

  await page.reload();
  await expect(page.getByText(/Belum ada bukti/)).toBeVisible();
  await openApp(page, '/asesmen');
  await openCriterion(page);
  await expect(editor(page).getByText('Belum ada bukti untuk kriteria ini.')).toBeVisible();
});

test('notes that look like a client’s identity are flagged as you type', async ({ page }) => {
  await openApp(page, '/asesmen');
  await page.getByRole('button', { name: 'Mulai asesmen' }).click();
  await openCriterion(page);
  const reflection = editor(page).getByLabel('Refleksi');
  await reflection.fill('Wawancara dengan ibu R, telp 0812-3456-7890.');
  await expect(editor(page).getByText(/mirip nomor telepon \(081…90\)/)).toBeVisible();
  await reflection.fill('Wawancara dengan ibu R.');
  await expect(editor(page).getByText(/identitas seseorang/)).toHaveCount(0);

  await editor(page).getByRole('button', { name: 'Tambah bukti baru' }).click();
  const dialog = page.getByRole('dialog', { name: 'Bukti baru' });
  await dialog.getByLabel('Keterangan').fill('NIK 3201234567890123, lahir di Garut, 3 Mei 1990');
  await expect(dialog.getByText(/mirip NIK/)).toBeVisible();
  await expect(dialog.getByText(/tanggal lahir lengkap/)).toBeVisible();
  // A warning, not a block: the evidence can still be saved.
  await dialog.getByLabel('Judul bukti').fill('Catatan asesmen');
  await dialog.getByLabel('L — langsung (observasi)').check();
  await dialog.getByRole('button', { name: 'Simpan bukti' }).click();
  await expect(dialog).toBeHidden();
});
