import { expect, openApp, test } from './fixtures';
import { addEntry } from './practice-helpers';

// Two tabs of the browser version share one database, as a dialog and a restore (or an import,
// or a sign-off landing) share it in the desktop app: a form opened earlier must not write back
// fields it never changed.

test('a profile form opened earlier in another tab keeps what this tab saved', async ({
  page,
  context,
}) => {
  await openApp(page, '/profil');
  await page.getByLabel('Nama lengkap').fill('Siti Rahmawati');
  await page.getByLabel('Asisten Pekerja Sosial').check();
  await page.getByRole('button', { name: 'Simpan profil' }).click();
  await expect(page.getByText('Profil tersimpan.')).toBeVisible();

  const other = await context.newPage();
  await openApp(other, '/profil');
  await expect(other.getByLabel('Nama lengkap')).toHaveValue('Siti Rahmawati');

  // This tab adds a title; the other tab, still showing the old name, fills in the workplace.
  await page.getByLabel('Nama lengkap').fill('Siti Rahmawati, S.Sos.');
  await page.getByRole('button', { name: 'Simpan profil' }).click();
  await expect(page.getByText('Profil tersimpan.')).toBeVisible();
  await other.getByLabel('Tempat kerja atau lembaga').fill('Dinas Sosial Kota Bandung');
  await other.getByRole('button', { name: 'Simpan profil' }).click();
  await expect(other.getByText('Profil tersimpan.')).toBeVisible();

  await page.reload();
  await expect(page.getByLabel('Nama lengkap')).toHaveValue('Siti Rahmawati, S.Sos.');
  await expect(page.getByLabel('Tempat kerja atau lembaga')).toHaveValue(
    'Dinas Sosial Kota Bandung',
  );
});

test('an entry edited in two tabs keeps both changes', async ({ page, context }) => {
  await openApp(page, '/praktik');
  await addEntry(page, { duration: '2', agency: 'Dinas Sosial', narrative: 'Asesmen awal' });

  const other = await context.newPage();
  await openApp(other, '/praktik');
  await other.getByRole('button', { name: /^Ubah entri .* Dinas Sosial$/ }).click();
  const stale = other.getByRole('dialog');
  await expect(stale.getByRole('textbox', { name: 'Lembaga', exact: true })).toHaveValue(
    'Dinas Sosial',
  );

  await page.getByRole('button', { name: /^Ubah entri .* Dinas Sosial$/ }).click();
  await page
    .getByRole('dialog')
    .getByRole('textbox', { name: 'Lembaga', exact: true })
    .fill('Dinas Sosial Kota Bandung');
  await page.getByRole('dialog').getByRole('button', { name: 'Simpan entri' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();

  await stale.getByLabel('Narasi kegiatan').fill('Asesmen awal bersama keluarga');
  await stale.getByRole('button', { name: 'Simpan entri' }).click();
  await expect(stale).toBeHidden();

  await page.reload();
  const row = page.getByRole('listitem').filter({ hasText: 'Asesmen awal bersama keluarga' });
  await expect(row).toContainText('Dinas Sosial Kota Bandung');
});
