import { expect, openApp, seriousViolations, test } from './fixtures';

test('Ringkasan & Target: empty log, default target and progress towards a changed one', async ({
  page,
}) => {
  await openApp(page, '/praktik/ringkasan');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ringkasan & Target');
  await expect(page.getByRole('link', { name: 'Ringkasan & Target' })).toHaveClass(/active/);
  await expect(page.getByRole('heading', { name: 'Belum ada entri jam praktik' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Catat entri pertama' })).toHaveAttribute(
    'href',
    '#/praktik',
  );
  const total = page.getByRole('progressbar', { name: 'Total jam praktik' });
  await expect(total).toHaveAttribute('aria-valuetext', '0 dari 900 jam, 0%');
  await expect(page.getByText(/Target 900 jam adalah angka bawaan aplikasi/)).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('link', { name: 'Ubah target' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bidang & Target');
  const totalHours = page.getByLabel(/^Target total jam praktik/);
  await expect(totalHours).toHaveValue('900');
  await expect(totalHours).toHaveAccessibleDescription(/bukan ketentuan resmi/);

  await totalHours.fill('0');
  await page.getByRole('button', { name: 'Simpan target' }).click();
  await expect(totalHours).toHaveAccessibleDescription(/Isi jumlah jam lebih dari 0/);
  await totalHours.fill('10');

  await page.getByRole('button', { name: 'Tambah jam minimum' }).click();
  const minimum = page.getByRole('group', { name: 'Minimum ke-1' });
  await expect(minimum.getByLabel('Kelompok')).toHaveValue('field');
  await minimum.getByLabel('Kategori').selectOption({ label: 'Anak' });
  await minimum.getByLabel(/^Jam minimum/).fill('4,5');
  await page.getByRole('button', { name: 'Simpan target' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Target tersimpan.' })).toBeVisible();

  // A custom field: a taken name is refused, a new one is added.
  const newField = page.getByLabel(/^Nama bidang baru/);
  await newField.fill('anak');
  await page.getByRole('button', { name: 'Tambah bidang' }).click();
  await expect(newField).toHaveAccessibleDescription(/Sudah ada bidang dengan nama ini\./);
  await newField.fill('Pekerja migran');
  await page.getByRole('button', { name: 'Tambah bidang' }).click();
  await expect(page.getByText('Bidang "Pekerja migran" ditambahkan.')).toBeVisible();
  await expect(newField).toHaveValue('');
  await expect(page.getByRole('button', { name: 'Ganti nama "Pekerja migran"' })).toBeVisible();

  const disasters = page.getByRole('checkbox', { name: 'Tampilkan di formulir (Kebencanaan)' });
  await disasters.uncheck();
  await expect(page.getByText(/Bidang "Kebencanaan" tidak lagi ditampilkan/)).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('link', { name: 'Ringkasan & Target' }).click();
  await expect(page.getByRole('progressbar', { name: 'Total jam praktik' })).toHaveAttribute(
    'aria-valuetext',
    '0 dari 10 jam, 0%',
  );
  await expect(page.getByRole('progressbar', { name: 'Bidang praktik: Anak' })).toHaveAttribute(
    'aria-valuetext',
    '0 dari 4,5 jam, 0%',
  );
  await expect(page.getByText('Kurang 10 jam lagi')).toBeVisible();
  await expect(page.getByText(/angka bawaan aplikasi/)).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Belum ada entri jam praktik' })).toBeVisible();

  // Everything was stored: it is all still there after a reload.
  await page.getByRole('link', { name: 'Bidang & Target' }).click();
  await page.reload();
  await expect(page.getByLabel(/^Target total jam praktik/)).toHaveValue('10');
  await expect(
    page.getByRole('group', { name: 'Minimum ke-1' }).getByLabel(/^Jam minimum/),
  ).toHaveValue('4,5');
  await expect(disasters).not.toBeChecked();

  // Renaming, then removing an unused field asks first.
  await page.getByRole('button', { name: 'Ganti nama "Pekerja migran"' }).click();
  const rename = page.getByRole('dialog', { name: 'Ganti nama bidang "Pekerja migran"' });
  await rename.getByLabel(/^Nama bidang/).fill('Pekerja migran dan keluarganya');
  await rename.getByRole('button', { name: 'Simpan' }).click();
  await expect(rename).toBeHidden();
  await page.getByRole('button', { name: 'Hapus "Pekerja migran dan keluarganya"' }).click();
  const confirm = page.getByRole('dialog', { name: /^Hapus bidang/ });
  await confirm.getByRole('button', { name: 'Batal' }).click();
  await expect(
    page.locator('.field-list__name', { hasText: 'Pekerja migran dan keluarganya' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Hapus "Pekerja migran dan keluarganya"' }).click();
  await confirm.getByRole('button', { name: 'Hapus bidang' }).click();
  await expect(page.getByText('Belum ada bidang tambahan.')).toBeVisible();
});
