import { expect, openApp, sidebar, test } from './fixtures';

test('invalid profile input is explained field by field and nothing is saved', async ({ page }) => {
  await openApp(page, '/profil');
  const name = page.getByLabel('Nama lengkap');
  await name.fill('A');
  await page.getByLabel('Tahun lulus').fill('20x9');
  await page.getByLabel('Nomor STR').fill('!!');
  await page.getByRole('button', { name: 'Simpan profil' }).click();

  await expect(page.getByRole('alert')).toContainText('Ada 4 isian yang perlu diperbaiki');
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAccessibleDescription(/Terlalu pendek: minimal 2 karakter\./);
  await expect(page.getByLabel('Tahun lulus')).toHaveAccessibleDescription(
    /Tulis tahun dengan 4 angka/,
  );
  await expect(page.getByText('Pilih salah satu jenjang.')).toBeVisible();
  await expect(page.getByLabel('Nomor STR')).toHaveAccessibleDescription(/hanya boleh berisi/);
  // The first invalid field gets the focus, so the user starts fixing right away.
  await expect(name).toBeFocused();

  await page.reload();
  await expect(page.getByLabel('Nama lengkap')).toHaveValue('');
  await sidebar(page).getByRole('link', { name: 'Beranda' }).click();
  await expect(page.getByRole('heading', { name: 'Mulai dari profil Anda' })).toBeVisible();
});

test('pressing Save right after typing submits: no message moves the button away', async ({
  page,
}) => {
  // A common laptop screen, where Save sits at the bottom edge: a message inserted on blur
  // used to push it out from under the pointer and the click was lost.
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page, '/');
  await page.goto('./#/profil');
  await page.getByLabel('Nama lengkap').fill('A');
  await page.getByRole('button', { name: 'Simpan profil' }).click();
  await expect(page.getByRole('alert')).toContainText('Ada 2 isian yang perlu diperbaiki');
  await expect(page.getByText('Pilih salah satu jenjang.')).toBeVisible();
  // Fixing the field clears its message at once.
  await page.getByLabel('Nama lengkap').fill('Ani');
  await expect(page.getByText('Terlalu pendek: minimal 2 karakter.')).toBeHidden();
});

test('a valid profile is saved and survives a reload', async ({ page }) => {
  await openApp(page, '/profil');
  await page.getByLabel('Nama lengkap').fill('  Ni Made Ayu Śrī Rahayu, S.Tr.Sos.  ');
  await page.getByLabel('Pekerja Sosial Generalis').check();
  await page.getByLabel('Program studi').fill('Pekerjaan Sosial');
  await page.getByLabel('Perguruan tinggi').fill('Politeknik Kesejahteraan Sosial Bandung');
  await page.getByLabel('Tahun lulus').fill('2019');
  await page.getByLabel('Tempat kerja atau lembaga').fill('Dinas Sosial Kota Denpasar');
  await page.getByLabel('Anak', { exact: true }).check();
  await page.getByLabel('Lanjut usia').check();
  await page.getByLabel('Nomor STR').fill('STR-123/IPSPI/2024');
  await page.getByRole('button', { name: 'Simpan profil' }).click();
  await expect(page.getByRole('status')).toContainText('Profil tersimpan.');
  await expect(page.getByRole('status')).toContainText('Terakhir disimpan');

  await page.reload();
  await expect(page.getByLabel('Nama lengkap')).toHaveValue('Ni Made Ayu Śrī Rahayu, S.Tr.Sos.');
  await expect(page.getByLabel('Pekerja Sosial Generalis')).toBeChecked();
  await expect(page.getByLabel('Tahun lulus')).toHaveValue('2019');
  await expect(page.getByLabel('Anak', { exact: true })).toBeChecked();
  await expect(page.getByLabel('Lanjut usia')).toBeChecked();
  await expect(page.getByLabel('Kesehatan')).not.toBeChecked();
  await expect(page.getByLabel('Nomor STR')).toHaveValue('STR-123/IPSPI/2024');

  await sidebar(page).getByRole('link', { name: 'Beranda' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Halo, Ni Made Ayu Śrī Rahayu, S.Tr.Sos.',
  );
  await expect(page.getByText('Jenjang yang dituju: Pekerja Sosial Generalis')).toBeVisible();
});

test('leaving with unsaved changes asks first', async ({ page }) => {
  await openApp(page, '/profil');
  await page.getByLabel('Nama lengkap').fill('Budi Santoso');
  await sidebar(page).getByRole('link', { name: 'Beranda' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tinggalkan halaman?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Tetap di sini' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel('Nama lengkap')).toHaveValue('Budi Santoso');

  await sidebar(page).getByRole('link', { name: 'Beranda' }).click();
  await dialog.getByRole('button', { name: 'Tinggalkan' }).click();
  await expect(page.getByRole('heading', { name: 'Mulai dari profil Anda' })).toBeVisible();
});
