import { editor, openCriterion } from './assessment-helpers';
import { expect, openApp, test } from './fixtures';

test('evidence refuses an empty file, junk named .pdf and a half-written link, saying why', async ({
  page,
}) => {
  await openApp(page, '/asesmen');
  await page.getByRole('button', { name: 'Mulai asesmen' }).click();
  await openCriterion(page);
  await editor(page).getByRole('button', { name: 'Tambah bukti baru' }).click();
  const dialog = page.getByRole('dialog', { name: 'Bukti baru' });
  const file = dialog.getByLabel('Berkas (opsional)');

  await file.setInputFiles({
    name: 'kosong.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.alloc(0),
  });
  await expect(file).toHaveAccessibleDescription(/Berkas "kosong\.pdf" kosong \(0 bita\)/);

  await file.setInputFiles({
    name: 'laporan.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('MZ\x90\x00 bukan pdf'),
  });
  await expect(file).toHaveAccessibleDescription(/bukan berkas PDF yang utuh/);

  await dialog.getByLabel('Judul bukti').fill('Laporan kegiatan');
  await dialog.getByLabel('TL — tidak langsung (dokumen, portofolio)').check();
  await dialog.getByLabel('Tautan (opsional)').fill('https:evil.example');
  await dialog.getByRole('button', { name: 'Simpan bukti' }).click();
  await expect(dialog.getByLabel('Tautan (opsional)')).toHaveAccessibleDescription(
    /diawali https:\/\//,
  );
  // Nothing was saved: the dialog is still open and the criterion has no evidence yet.
  await expect(dialog).toBeVisible();

  // A real PDF and a whole link go through.
  await file.setInputFiles({
    name: 'laporan.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4 laporan'),
  });
  await dialog.getByLabel('Tautan (opsional)').fill('https://contoh.id/laporan');
  await dialog.getByRole('button', { name: 'Simpan bukti' }).click();
  await expect(dialog).toBeHidden();
  await expect(editor(page).getByText('Laporan kegiatan')).toBeVisible();
});
