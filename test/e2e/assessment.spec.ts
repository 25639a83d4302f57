import { addEvidence, editor, openCriterion, QUESTION, startNewRound } from './assessment-helpers';
import { expect, openApp, seriousViolations, test } from './fixtures';

test('rate a criterion, add evidence with a file, reload and find it all', async ({ page }) => {
  await openApp(page, '/asesmen');
  await page.getByRole('button', { name: 'Mulai asesmen' }).click();
  await expect(page.getByRole('heading', { name: 'Putaran 1' })).toBeVisible();
  await expect(page.getByText(/^0 dari \d+ kriteria sudah dinilai$/)).toBeVisible();

  await openCriterion(page);
  await editor(page).getByLabel(/^3 — /).check();
  await editor(page).getByLabel('K — kompeten').check();
  await editor(page).getByLabel('Refleksi').fill('Sudah melakukan kunjungan rumah di Lembaga X.');
  await expect(editor(page).getByText('Tersimpan otomatis')).toBeVisible();
  await expect(page.getByText(/^1 dari \d+ kriteria sudah dinilai$/)).toBeVisible();

  await editor(page).getByRole('button', { name: 'Tambah bukti baru' }).click();
  const dialog = page.getByRole('dialog', { name: 'Bukti baru' });
  await dialog.getByRole('button', { name: 'Simpan bukti' }).click();
  await expect(dialog.getByLabel('Judul bukti')).toHaveAccessibleDescription('Wajib diisi.');
  await expect(dialog.getByRole('group', { name: 'Jenis bukti' })).toHaveAccessibleDescription(
    'Wajib diisi.',
  );
  expect(await seriousViolations(page)).toEqual([]);
  await dialog.getByLabel('Judul bukti').fill('Catatan kunjungan rumah (disamarkan)');
  await dialog.getByLabel('TL — tidak langsung (dokumen, portofolio)').check();
  await dialog.getByLabel('Berkas (opsional)').setInputFiles({
    name: 'catatan-kunjungan.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4 catatan'),
  });
  for (const rule of ['Valid', 'Asli', 'Terkini', 'Memadai']) {
    await dialog.getByLabel(new RegExp(`^${rule} —`)).check();
  }
  await dialog.getByRole('button', { name: 'Simpan bukti' }).click();
  await expect(dialog).toBeHidden();
  await expect(editor(page).getByText('Catatan kunjungan rumah (disamarkan)')).toBeVisible();
  await expect(editor(page).getByText('Memenuhi VATM')).toBeVisible();

  await page.reload();
  await openCriterion(page);
  await expect(editor(page).getByLabel(/^3 — /)).toBeChecked();
  await expect(editor(page).getByLabel('K — kompeten')).toBeChecked();
  await expect(editor(page).getByLabel('Refleksi')).toHaveValue(
    'Sudah melakukan kunjungan rumah di Lembaga X.',
  );
  await expect(editor(page).getByText(/catatan-kunjungan\.pdf/)).toBeVisible();
  await expect(page.getByRole('button', { name: QUESTION })).toContainText('Tingkat 3');
});

test('reflection typed just before leaving the criterion is not lost', async ({ page }) => {
  await openApp(page, '/asesmen');
  await page.getByRole('button', { name: 'Mulai asesmen' }).click();
  await openCriterion(page);
  await editor(page).getByLabel('Refleksi').fill('Catatan terakhir');
  // Straight to another criterion, before the autosave pause has passed.
  await page.getByRole('button', { name: /mengidentifikasi masalah dan kebutuhan klien/ }).click();
  await page.reload();
  await openCriterion(page);
  await expect(editor(page).getByLabel('Refleksi')).toHaveValue('Catatan terakhir');
});

test('a new round copies answers; a closed round cannot be changed', async ({ page }) => {
  await openApp(page, '/asesmen');
  await page.getByRole('button', { name: 'Mulai asesmen' }).click();
  await openCriterion(page);
  await editor(page).getByLabel(/^2 — /).check();
  await expect(editor(page).getByText('Tersimpan otomatis')).toBeVisible();

  await startNewRound(page, 2);
  await openCriterion(page);
  await expect(editor(page).getByLabel(/^2 — /)).toBeChecked();

  await page.getByRole('button', { name: 'Tutup putaran' }).click();
  await page
    .getByRole('dialog', { name: 'Tutup putaran 2?' })
    .getByRole('button', { name: 'Tutup putaran' })
    .click();
  await expect(page.getByText('Putaran ini sudah ditutup')).toBeVisible();
  await openCriterion(page);
  await expect(editor(page).getByLabel(/^4 — /)).toBeDisabled();
  await expect(editor(page).getByRole('button', { name: 'Tambah bukti baru' })).toHaveCount(0);
});

test('two rounds can be compared criterion by criterion', async ({ page }) => {
  await openApp(page, '/asesmen');
  await page.getByRole('button', { name: 'Mulai asesmen' }).click();
  await openCriterion(page);
  await editor(page).getByLabel(/^2 — /).check();
  await editor(page).getByLabel('BK — belum kompeten').check();
  await expect(editor(page).getByText('Tersimpan otomatis')).toBeVisible();
  await expect(page.getByText('Bandingkan putaran')).toHaveCount(0);

  await startNewRound(page, 2);
  await openCriterion(page);
  await editor(page).getByLabel(/^4 — /).check();
  await editor(page).getByLabel('K — kompeten').check();
  await expect(editor(page).getByText('Tersimpan otomatis')).toBeVisible();

  await page.getByText('Bandingkan putaran').click();
  await expect(page.getByText('1 naik, 0 turun, 0 berubah lainnya')).toBeVisible();
  const row = page.getByRole('row', { name: QUESTION });
  await expect(row).toContainText('2 · BK');
  await expect(row).toContainText('4 · K');
  await expect(row).toContainText('Naik');
});

test('the APL-02 view lists K/BK and evidence per criterion', async ({ page }) => {
  await openApp(page, '/asesmen');
  await page.getByRole('button', { name: 'Mulai asesmen' }).click();
  await openCriterion(page);
  await editor(page).getByLabel('K — kompeten').check();
  await addEvidence(page, 'Catatan observasi');

  await page.getByRole('link', { name: 'Lihat format APL-02' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Asesmen Mandiri format APL-02');
  await expect(page.getByText('belum kami pastikan', { exact: false })).toBeVisible();
  const row = page.getByRole('row', { name: QUESTION });
  await expect(row.getByRole('cell').nth(1)).toHaveText('✓');
  await expect(row.getByRole('cell').nth(2)).toHaveText('');
  await expect(row.getByRole('cell').nth(3)).toHaveText('Catatan observasi (TL)');
  expect(await seriousViolations(page)).toEqual([]);
});
