import type { Page } from '@playwright/test';
import { expect, openApp, test, uploadTo } from './fixtures';
import { addEntry, downloadFrom } from './practice-helpers';
import { PASSPHRASE, supervisorWithCard } from './signoff-helpers';

const row = (page: Page, agency: string) => page.getByRole('listitem').filter({ hasText: agency });

async function saveProfile(page: Page) {
  await openApp(page, '/profil');
  await page.getByLabel('Nama lengkap').fill('Siti Rahmawati');
  await page.getByLabel('Asisten Pekerja Sosial').check();
  await page.getByRole('button', { name: 'Simpan profil' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'tersimpan' }).first()).toBeVisible();
}

async function importResponse(page: Page, text: string) {
  await uploadTo(page, 'Impor jawaban supervisor', 'jawaban.kompeten-jawaban', text);
  return page.getByRole('dialog');
}

test('sign-off between two computers: request, review, signed response, tampering, broken signature', async ({
  page,
  browser,
}) => {
  const supervisorContext = await browser.newContext();
  const supervisor = await supervisorContext.newPage();
  const card = await supervisorWithCard(supervisor);
  expect(card.name).toBe('Ani Suryani.kompeten-kunci-publik');

  // The candidate registers Ani from her card, after comparing the fingerprint.
  await saveProfile(page);
  await openApp(page, '/praktik/supervisor');
  await uploadTo(page, 'Tambah dari kartu kunci publik', card.name, card.text);
  const fingerprint = await supervisor.locator('.fingerprint').first().textContent();
  await expect(page.getByRole('dialog')).toContainText(fingerprint ?? 'missing');
  await page.getByRole('button', { name: 'Sidik jari cocok, tambahkan' }).click();
  await expect(page.getByRole('heading', { name: 'Ani Suryani' })).toBeVisible();

  await openApp(page, '/praktik');
  await addEntry(page, { start: '08:00', end: '10:00', agency: 'Dinas Sosial Kota Bandung' });
  await addEntry(page, { duration: '1,5', agency: 'Panti Sosial Asuhan Anak' });
  await page.getByLabel(/^Pilih semua yang tampil/).check();
  await page.getByRole('button', { name: 'Minta tanda tangan (2)' }).click();
  await expect(page.getByRole('dialog')).toContainText('2 entri (3,5 jam) akan dikirim.');
  const request = await downloadFrom(page, 'Simpan berkas permintaan');
  expect(request.name).toMatch(/^permintaan-ttd-Siti Rahmawati-.*\.kompeten-permintaan$/);
  await expect(row(page, 'Dinas Sosial Kota Bandung')).toContainText('Menunggu supervisor');

  // Ani reviews it in her own app: approves one entry and returns the other.
  await uploadTo(supervisor, 'Buka permintaan', request.name, request.text);
  const approve = supervisor
    .getByRole('listitem')
    .filter({ hasText: 'Dinas Sosial Kota Bandung' })
    .getByRole('radio', { name: 'Setujui' });
  await approve.check();
  const returned = supervisor.getByRole('listitem').filter({ hasText: 'Panti Sosial Asuhan Anak' });
  await returned.getByRole('radio', { name: 'Kembalikan' }).check();
  await returned.getByLabel('Catatan untuk kandidat').fill('Tulis jam mulai dan selesai.');
  await supervisor.getByRole('button', { name: 'Tandatangani & simpan jawaban' }).click();
  const signDialog = supervisor.getByRole('dialog', { name: 'Tandatangani jawaban' });
  await signDialog.getByLabel('Frasa sandi kunci').fill(PASSPHRASE);
  const response = await downloadFrom(supervisor, /^Tandatangani & simpan$/);
  await supervisorContext.close();

  // A response changed after signing is refused and changes nothing.
  const tampered = response.text.replace('Tulis jam mulai dan selesai.', 'Semua baik.');
  expect(tampered).not.toBe(response.text);
  const refused = await importResponse(page, tampered);
  await expect(refused).toContainText('Tanda tangan dalam jawaban ini tidak cocok dengan isinya.');
  await expect(refused).toContainText('Tidak ada entri yang diubah.');
  await refused.getByRole('button', { name: 'Tutup' }).click();
  await expect(row(page, 'Dinas Sosial Kota Bandung')).toContainText('Menunggu supervisor');

  // The real one: every signature verified, approved and returned entries shown as such.
  const accepted = await importResponse(page, response.text);
  await expect(accepted).toContainText(
    'Semua tanda tangan dari Ani Suryani sah. 1 entri disetujui dan 1 dikembalikan dengan catatan.',
  );
  await accepted.getByRole('button', { name: 'Tutup' }).click();
  await expect(row(page, 'Dinas Sosial Kota Bandung')).toContainText(
    /Ditandatangani Ani Suryani pada \d{1,2} \w+ \d{4}/,
  );
  await expect(row(page, 'Panti Sosial Asuhan Anak')).toContainText(
    'Dikembalikan oleh Ani Suryani',
  );
  await expect(row(page, 'Panti Sosial Asuhan Anak')).toContainText('Tulis jam mulai dan selesai.');
  await page.getByRole('button', { name: /^Ubah entri .* Panti Sosial Asuhan Anak$/ }).click();
  await expect(page.getByRole('dialog')).toContainText('Tulis jam mulai dan selesai.');
  await page.getByRole('dialog').getByRole('button', { name: 'Batal' }).click();

  // The same file again is refused.
  const again = await importResponse(page, response.text);
  await expect(again).toContainText('Jawaban ini sudah pernah diimpor.');
  await again.getByRole('button', { name: 'Tutup' }).click();

  // Editing the signed entry breaks its signature, visibly.
  await page.getByRole('button', { name: /^Ubah entri .* Dinas Sosial Kota Bandung$/ }).click();
  await expect(page.getByRole('dialog')).toContainText('Entri ini sudah ditandatangani.');
  await page.getByRole('dialog').getByLabel('Jam selesai').fill('11:00');
  await page.getByRole('dialog').getByRole('button', { name: 'Simpan entri' }).click();
  await expect(row(page, 'Dinas Sosial Kota Bandung')).toContainText('Tanda tangan tidak berlaku');
  await expect(row(page, 'Dinas Sosial Kota Bandung')).toContainText('Minta tanda tangan ulang.');
  await page
    .getByLabel('Status tanda tangan')
    .selectOption({ label: 'Tanda tangan tidak berlaku' });
  await expect(page.getByText('Menampilkan 1 dari 2 entri.')).toBeVisible();
});

test('a response signed by a key nobody registered is refused', async ({ page, browser }) => {
  const strangerContext = await browser.newContext();
  const stranger = await strangerContext.newPage();
  await supervisorWithCard(stranger);

  await saveProfile(page);
  await openApp(page, '/praktik');
  await addEntry(page, { duration: '2', agency: 'Dinas Sosial Kota Bandung' });
  // Ani is registered (without a key the request cannot be made), but the stranger signs.
  const aniContext = await browser.newContext();
  const ani = await aniContext.newPage();
  const card = await supervisorWithCard(ani);
  await aniContext.close();
  await openApp(page, '/praktik/supervisor');
  await uploadTo(page, 'Tambah dari kartu kunci publik', card.name, card.text);
  await page.getByRole('button', { name: 'Sidik jari cocok, tambahkan' }).click();
  await openApp(page, '/praktik');
  await page.getByLabel(/^Pilih semua yang tampil/).check();
  await page.getByRole('button', { name: 'Minta tanda tangan (1)' }).click();
  const request = await downloadFrom(page, 'Simpan berkas permintaan');

  await uploadTo(stranger, 'Buka permintaan', request.name, request.text);
  await stranger.getByRole('button', { name: 'Setujui semua yang belum diputuskan' }).click();
  await stranger.getByRole('button', { name: 'Tandatangani & simpan jawaban' }).click();
  await stranger.getByRole('dialog').getByLabel('Frasa sandi kunci').fill(PASSPHRASE);
  const response = await downloadFrom(stranger, /^Tandatangani & simpan$/);
  await strangerContext.close();

  const refused = await importResponse(page, response.text);
  await expect(refused).toContainText('ditandatangani dengan kunci yang tidak terdaftar');
  await expect(row(page, 'Dinas Sosial Kota Bandung')).toContainText('Menunggu supervisor');
});

test('in-person sign-off: typed name and drawn signature, marked as not verified', async ({
  page,
}) => {
  await openApp(page, '/praktik');
  await addEntry(page, { duration: '2', agency: 'LKSA Harapan' });
  await page.getByLabel(/^Pilih entri .* LKSA Harapan$/).check();
  await page.getByRole('button', { name: 'Tanda tangan langsung (1)' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('tidak dapat diverifikasi secara digital');
  await dialog.getByRole('button', { name: 'Tandatangani' }).click();
  await expect(dialog.getByText('Supervisor perlu mengetik namanya.')).toBeVisible();
  await expect(dialog.getByText('Tanda tangan belum digambar.')).toBeVisible();

  await dialog.getByLabel(/^Nama supervisor/).fill('Budi Santoso');
  const pad = dialog.getByRole('img', { name: 'Area tanda tangan, masih kosong' });
  const box = await pad.boundingBox();
  if (!box) throw new Error('the signature pad has no box');
  await page.mouse.move(box.x + 20, box.y + 40);
  await page.mouse.down();
  await page.mouse.move(box.x + 120, box.y + 80, { steps: 5 });
  await page.mouse.move(box.x + 220, box.y + 30, { steps: 5 });
  await page.mouse.up();
  await expect(dialog.getByRole('img', { name: 'Tanda tangan sudah digambar' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Tandatangani' }).click();
  await expect(page.getByText('1 entri ditandatangani langsung oleh Budi Santoso.')).toBeVisible();
  await expect(row(page, 'LKSA Harapan')).toContainText(
    'Ditandatangani langsung (tanpa verifikasi digital)',
  );
});
