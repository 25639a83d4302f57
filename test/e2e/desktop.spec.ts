import { expect, openApp, test, uploadTo } from './fixtures';
import {
  asDesktopApp,
  chooseMenuCommand,
  doubleClickFiles,
  menuWords,
  nextDialogFile,
  quitBackupAnswers,
  requestQuitBackup,
  savedFiles,
} from './desktop-host';
import { addEntry, downloadFrom } from './practice-helpers';
import { PASSPHRASE, supervisorWithCard } from './signoff-helpers';

test('a double-clicked sign-off response lands in its import screen and is verified there', async ({
  page,
  browser,
}) => {
  const supervisorContext = await browser.newContext();
  const supervisor = await supervisorContext.newPage();
  const card = await supervisorWithCard(supervisor);

  await asDesktopApp(page);
  await openApp(page, '/profil');
  await page.getByLabel('Nama lengkap').fill("Muhammad Ja'far Ṣiddiq");
  await page.getByLabel('Asisten Pekerja Sosial').check();
  await page.getByRole('button', { name: 'Simpan profil' }).click();
  await openApp(page, '/praktik/supervisor');
  await nextDialogFile(page, card);
  await page.getByRole('button', { name: 'Tambah dari kartu kunci publik' }).click();
  await page.getByRole('button', { name: 'Sidik jari cocok, tambahkan' }).click();
  await openApp(page, '/praktik');
  await addEntry(page, { duration: '2', agency: 'Dinas Sosial Kota Bandung' });
  await page.getByLabel(/^Pilih semua yang tampil/).check();
  await page.getByRole('button', { name: 'Minta tanda tangan (1)' }).click();
  await page.getByRole('button', { name: 'Simpan berkas permintaan' }).click();
  await expect.poll(async () => (await savedFiles(page)).length).toBe(1);
  const [request] = await savedFiles(page);

  await uploadTo(supervisor, 'Buka permintaan', request!.name, request!.text);
  await supervisor.getByRole('radio', { name: 'Setujui' }).check();
  await supervisor.getByRole('button', { name: 'Tandatangani & simpan jawaban' }).click();
  await supervisor.getByRole('dialog').getByLabel('Frasa sandi kunci').fill(PASSPHRASE);
  const response = await downloadFrom(supervisor, /^Tandatangani & simpan$/);
  await supervisorContext.close();

  // The candidate is elsewhere in the app when the file manager hands the response over.
  await openApp(page, '/latihan');
  const tampered = response.text.replace('"approved"', '"returned"');
  await doubleClickFiles(page, [{ name: 'jawaban.kompeten-jawaban', text: tampered }]);
  await expect(page).toHaveURL(/#\/praktik$/);
  const refused = page.getByRole('dialog');
  await expect(refused).toContainText('tidak cocok dengan isinya');
  await expect(refused).toContainText('Tidak ada entri yang diubah.');
  await refused.getByRole('button', { name: 'Tutup' }).click();

  await openApp(page, '/');
  await doubleClickFiles(page, [{ name: response.name, text: response.text }]);
  const accepted = page.getByRole('dialog');
  await expect(accepted).toContainText('Semua tanda tangan dari Ani Suryani sah.');
  await accepted.getByRole('button', { name: 'Tutup' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'Dinas Sosial' })).toContainText(
    'Ditandatangani Ani Suryani',
  );
});

test('a double-clicked file that is not a Kompeten file is named, with the kinds that open', async ({
  page,
}) => {
  await asDesktopApp(page);
  await openApp(page, '/profil');
  await doubleClickFiles(page, [{ name: 'catatan kasus.docx', text: 'x' }]);
  const alert = page.getByRole('alert').filter({ hasText: 'catatan kasus.docx' });
  await expect(alert).toContainText('bukan berkas Kompeten');
  await expect(alert).toContainText('.kompeten-jawaban');
  await expect(page).toHaveURL(/#\/profil$/);
  await alert.getByRole('button', { name: 'Tutup pesan' }).click();
  await expect(alert).toBeHidden();
});

test('a double-clicked broken backup reaches Data & Cadangan and is refused there', async ({
  page,
}) => {
  await asDesktopApp(page);
  await openApp(page, '/');
  await doubleClickFiles(page, [{ name: 'cadangan.kompeten-cadangan', text: 'bukan zip' }]);
  await expect(page).toHaveURL(/#\/data$/);
  await expect(page.getByRole('alert')).toContainText('cadangan.kompeten-cadangan');
});

test('a request opened before the supervisor has a key waits until there is one', async ({
  page,
}) => {
  await asDesktopApp(page);
  await openApp(page, '/');
  await doubleClickFiles(page, [{ name: 'permintaan.kompeten-permintaan', text: '{}' }]);
  await expect(page).toHaveURL(/#\/praktik\/mode-supervisor$/);
  await expect(
    page.getByRole('status').filter({ hasText: 'permintaan.kompeten-permintaan' }),
  ).toContainText('Siapkan kunci supervisor Anda dulu');
});

test('menu commands: a new practice entry, find, and the PDF export', async ({ page }) => {
  await asDesktopApp(page);
  await openApp(page, '/profil');
  await chooseMenuCommand(page, 'newPracticeEntry');
  await expect(page).toHaveURL(/#\/praktik$/);
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Batal' }).click();

  // On a page with a search field, Find goes there; elsewhere to the framework's search.
  await chooseMenuCommand(page, 'find');
  await expect(page.getByLabel('Cari')).toBeFocused();
  await openApp(page, '/profil');
  await chooseMenuCommand(page, 'find');
  await expect(page).toHaveURL(/#\/kerangka$/);
  await expect(page.locator('#criteria-search')).toBeFocused();

  await chooseMenuCommand(page, 'exportPdf');
  await expect(page).toHaveURL(/#\/portofolio\/ekspor$/);
  await expect(page.getByRole('button', { name: 'Buat PDF' })).toBeFocused();
  // A reload does not run the command again.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Buat PDF' })).not.toBeFocused();
});

test('the same shortcuts work in the browser where it lets a page have them', async ({ page }) => {
  await openApp(page, '/praktik');
  await page.keyboard.press('Control+F');
  await expect(page.getByLabel('Cari')).toBeFocused();
  await page.keyboard.press('Control+P');
  await expect(page).toHaveURL(/#\/portofolio\/ekspor$/);
  await expect(page.getByRole('button', { name: 'Buat PDF' })).toBeFocused();
  await page.keyboard.press('Control+Shift+S');
  await expect(page).toHaveURL(/#\/data$/);
});

test('quitting shows that a backup is being made, and tells the main process when it is done', async ({
  page,
}) => {
  await asDesktopApp(page);
  await openApp(page, '/praktik');
  await addEntry(page, { duration: '1', agency: 'LKSA Harapan Bangsa' });
  await requestQuitBackup(page);
  const notice = page.getByRole('alertdialog', {
    name: 'Menyimpan cadangan sebelum Kompeten ditutup…',
  });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('tertutup sendiri');
  // The backup is written first, and only then is the main process told it may quit.
  await expect.poll(() => quitBackupAnswers(page)).toEqual(['write:quit', 'done']);
});

test('the desktop menu speaks the UI language, worded by the page', async ({ page }) => {
  await asDesktopApp(page);
  await openApp(page, '/pengaturan');
  await expect.poll(async () => (await menuWords(page))?.menu['file']).toBe('Berkas');
  expect((await menuWords(page))?.menu['newPracticeEntry']).toBe('Entri praktik baru');
  await page.getByLabel('English').check();
  await expect.poll(async () => (await menuWords(page))?.menu['file']).toBe('File');
  expect((await menuWords(page))?.language).toBe('en');
});
