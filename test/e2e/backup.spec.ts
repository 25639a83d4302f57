import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, openApp, seriousViolations, test } from './fixtures';
import { editor, openCriterion } from './assessment-helpers';
import { addEntry } from './practice-helpers';

const entryCount = (page: Page, count: number) =>
  expect(page.getByText(`Menampilkan ${count} dari ${count} entri.`)).toBeVisible();

/** Waits for the download a click starts and returns its name and bytes. */
async function download(page: Page, click: () => Promise<void>) {
  const started = page.waitForEvent('download');
  await click();
  const file = await started;
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

async function chooseBackup(page: Page, name: string, buffer: Buffer) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Pilih berkas cadangan…' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/zip', buffer });
}

async function logTwoEntries(page: Page) {
  await openApp(page, '/praktik');
  await addEntry(page, { duration: '2', agency: 'Dinas Sosial Kota Bandung' });
  await addEntry(page, { duration: '3', agency: 'LKSA Harapan Bangsa' });
  await entryCount(page, 2);
}

test('a backup restores by merging or replacing, after a copy of the current state', async ({
  page,
}) => {
  await logTwoEntries(page);
  // The browser version reminds the user once there is data and no backup.
  await expect(page.getByText(/Anda belum pernah membuat cadangan/)).toBeVisible();
  await page.getByRole('link', { name: 'Buat cadangan' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Data & Cadangan');
  await expect(page.getByTestId('last-backup')).toHaveText('Belum pernah');

  const backup = await download(page, () =>
    page.getByRole('button', { name: 'Unduh cadangan' }).click(),
  );
  expect(backup.name).toMatch(/^kompeten-cadangan-\d{4}-\d{2}-\d{2}\.kompeten-cadangan$/);
  expect(backup.bytes.subarray(0, 2).toString()).toBe('PK');
  await expect(page.getByText(`Cadangan tersimpan sebagai "${backup.name}".`)).toBeVisible();
  await expect(page.getByTestId('last-backup')).not.toHaveText('Belum pernah');

  // After the backup, one more entry: only here.
  await page.goto('./#/praktik');
  await expect(page.getByText(/Anda belum pernah membuat cadangan/)).toBeHidden();
  await addEntry(page, { duration: '1', agency: 'Panti Werdha Budi Mulia' });
  await entryCount(page, 3);

  await page.goto('./#/data');
  await chooseBackup(page, backup.name, backup.bytes);
  await expect(page.getByRole('heading', { name: `Isi cadangan "${backup.name}"` })).toBeVisible();
  const row = page.locator('tr[data-table="practiceEntries"]');
  await expect(row.getByRole('cell')).toHaveText(['2', '3', '1 hanya ada di sini']);
  expect(await seriousViolations(page)).toEqual([]);

  // Merge keeps what exists only here; a copy of the current state is downloaded first.
  const safety = await download(page, () => page.getByRole('button', { name: 'Pulihkan' }).click());
  expect(safety.name).toMatch(/^kompeten-sebelum-pemulihan-/);
  await expect(page.getByText(`Data dipulihkan dari "${backup.name}".`)).toBeVisible();
  await page.goto('./#/praktik');
  await entryCount(page, 3);

  // Replace asks first, then makes the data exactly the backup.
  await page.goto('./#/data');
  await chooseBackup(page, backup.name, backup.bytes);
  await page.getByRole('radio', { name: /^Ganti semua/ }).check();
  await expect(
    page.getByText('1 catatan yang hanya ada atau lebih baru di sini akan hilang dari aplikasi.'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Pulihkan' }).click();
  const confirm = page.getByRole('dialog', { name: 'Ganti semua data?' });
  await download(page, () => confirm.getByRole('button', { name: 'Ganti semua' }).click());
  await expect(page.getByText(`Data dipulihkan dari "${backup.name}".`)).toBeVisible();
  await page.goto('./#/praktik');
  await entryCount(page, 2);
  await expect(page.getByRole('listitem').filter({ hasText: 'Panti Werdha' })).toHaveCount(0);
});

test('a locked backup needs its passphrase; a wrong one says so and changes nothing', async ({
  page,
}) => {
  await logTwoEntries(page);
  await page.goto('./#/data');
  await page.getByLabel('Kunci dengan frasa sandi').check();
  await page.getByRole('button', { name: 'Unduh cadangan' }).click();
  await expect(page.getByLabel(/^Frasa sandi/)).toHaveAccessibleDescription(
    /Frasa sandi minimal 10 karakter\./,
  );
  await page.getByLabel(/^Frasa sandi/).fill('kopi tubruk pagi hari');
  await page.getByLabel(/^Ulangi frasa sandi/).fill('kopi tubruk pagi');
  await page.getByRole('button', { name: 'Unduh cadangan' }).click();
  await expect(page.getByLabel(/^Ulangi frasa sandi/)).toHaveAccessibleDescription(
    /Kedua frasa sandi tidak sama/,
  );
  await page.getByLabel(/^Ulangi frasa sandi/).fill('kopi tubruk pagi hari');
  const backup = await download(page, () =>
    page.getByRole('button', { name: 'Unduh cadangan' }).click(),
  );

  await chooseBackup(page, backup.name, backup.bytes);
  const restore = page.getByRole('region', { name: 'Pulihkan dari cadangan' });
  await expect(restore.getByText(/dikunci dengan frasa sandi/)).toBeVisible();
  await restore.getByLabel('Frasa sandi').fill('kopi tubruk sore hari');
  await restore.getByRole('button', { name: 'Buka' }).click();
  await expect(restore.getByLabel('Frasa sandi')).toHaveAccessibleDescription(/Frasa sandi salah/);
  await restore.getByLabel('Frasa sandi').fill('kopi tubruk pagi hari');
  await restore.getByRole('button', { name: 'Buka' }).click();
  await expect(page.locator('tr[data-table="practiceEntries"]').getByRole('cell')).toHaveText([
    '2',
    '2',
    'Sama',
  ]);
  await expect(page.getByText('Ya, dengan frasa sandi')).toBeVisible();
});

test('broken and wrong files are refused with a specific message and change nothing', async ({
  page,
}) => {
  await logTwoEntries(page);
  await page.goto('./#/data');
  const backup = await download(page, () =>
    page.getByRole('button', { name: 'Unduh cadangan' }).click(),
  );

  await chooseBackup(
    page,
    'potong.kompeten-cadangan',
    backup.bytes.subarray(0, backup.bytes.length / 2),
  );
  await expect(page.getByRole('alert')).toContainText('rusak atau terpotong');
  await page.getByRole('button', { name: 'Tutup' }).click();

  await chooseBackup(
    page,
    'kartu.kompeten-cadangan',
    Buffer.from(JSON.stringify({ format: 'kompeten.supervisor-card', version: 1 })),
  );
  await expect(page.getByRole('alert')).toContainText('bukan cadangan Kompeten');
  await page.getByRole('button', { name: 'Tutup' }).click();

  await chooseBackup(page, 'foto.kompeten-cadangan', Buffer.from('<script>alert(1)</script>'));
  await expect(page.getByRole('alert')).toContainText(
    '"foto.kompeten-cadangan" bukan cadangan Kompeten',
  );
  await page.goto('./#/praktik');
  await entryCount(page, 2);
});

test('Data & Cadangan shows storage health', async ({ page }) => {
  await openApp(page, '/data');
  await expect(page.getByTestId('persisted')).toHaveText(/^(Diizinkan|Belum diizinkan)/);
  await expect(page.getByTestId('usage')).toHaveText(/ dari .* yang tersedia$/);
  await expect(page.getByText(/Aplikasi desktop membuat cadangan otomatis/)).toBeVisible();
});

test('the browser version reminds when the last backup is over a week old', async ({ page }) => {
  await logTwoEntries(page);
  const setLastBackup = (daysAgo: number) =>
    page.evaluate((days) => {
      const at = new Date(Date.now() - days * 24 * 60 * 60 * 1000).toISOString();
      localStorage.setItem('kompeten.lastBackup', JSON.stringify({ at, fileName: 'x' }));
    }, daysAgo);
  const reminder = page.getByRole('complementary', { name: 'Buat cadangan' });

  await setLastBackup(2);
  await page.reload();
  await expect(page.getByText('Menampilkan 2 dari 2 entri.')).toBeVisible();
  await expect(reminder).toBeHidden();

  await setLastBackup(8);
  await page.reload();
  await expect(reminder).toContainText('Cadangan terakhir Anda dibuat');
  await reminder.getByRole('button', { name: 'Ingatkan nanti' }).click();
  await expect(reminder).toBeHidden();
  await page.reload();
  await expect(page.getByText('Menampilkan 2 dari 2 entri.')).toBeVisible();
  await expect(reminder).toBeHidden();
});

test('a write refused because storage is full is reported over the open form', async ({ page }) => {
  // A quota with room for the app's own first writes (the framework pack, a round), not for
  // an evidence file of 8 MB. Chromium applies it to storage the origin opens afterwards.
  await page.goto('./');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', {
    origin: new URL(page.url()).origin,
    quotaSize: 4 * 1024 * 1024,
  });
  await openApp(page, '/asesmen');
  await page.getByRole('button', { name: 'Mulai asesmen' }).click();
  await openCriterion(page);
  await editor(page).getByRole('button', { name: 'Tambah bukti baru' }).click();
  const form = page.getByRole('dialog', { name: 'Bukti baru' });
  await form.getByLabel('Judul bukti').fill('Laporan kunjungan rumah');
  await form.getByLabel('TL — tidak langsung (dokumen, portofolio)').check();
  await form.getByLabel('Berkas (opsional)').setInputFiles({
    name: 'laporan.pdf',
    mimeType: 'application/pdf',
    // A real PDF's first bytes (the evidence form checks them), then 8 MB of filler.
    buffer: Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(8 * 1024 * 1024, 1)]),
  });
  await form.getByRole('button', { name: 'Simpan bukti' }).click();

  const alert = page.getByRole('dialog', { name: 'Penyimpanan penuh' });
  await expect(alert.getByRole('alert')).toContainText('Perubahan terakhir tidak tersimpan');
  await alert.getByRole('link', { name: 'Buka Data & Cadangan' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Data & Cadangan');
});
