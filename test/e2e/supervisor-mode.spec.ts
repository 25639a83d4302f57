import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { PracticeEntry } from '../../shared/practice/entry';
import { testPracticeEntry } from '../support/entry';
import { keyBackupSchema, keyCardSchema, signoffResponseSchema } from '../../shared/signoff/files';
import { buildRequest } from '../../shared/signoff/request';
import { verifyResponse, type LocalEntry } from '../../shared/signoff/response';
import { expect, openApp, seriousViolations, test, uploadTo } from './fixtures';
import { downloadFrom } from './practice-helpers';

const PASSPHRASE = 'kopi pagi di teras rumah';
const FINGERPRINT = /^(?:[0-9A-F]{4} ){7}[0-9A-F]{4}$/;

const entry = (id: string, minutes: number, agency: string): PracticeEntry =>
  testPracticeEntry({
    id,
    startTime: '',
    endTime: '',
    duration: String(minutes / 60),
    minutes,
    agency,
    practiceForm: '',
    supervisorId: 'sup-1',
  });

/** What a candidate's app would send for three entries, meant for the key with `fingerprint`. */
function candidateRequest(fingerprint: string) {
  const entries = [
    entry('e1', 150, 'Dinas Sosial Kota Bandung'),
    entry('e2', 60, 'Panti Sosial Asuhan Anak'),
    entry('e3', 180, 'Rumah Sakit Umum Daerah'),
  ];
  const { request, marks } = buildRequest({
    requestId: '6f1c2a4e-3b7d-4c1a-9e2f-0a1b2c3d4e5f',
    entries,
    candidate: { name: 'Siti Rahmawati', strNumber: '' },
    supervisor: { id: 'sup-1', name: 'Ani Suryani', fingerprint },
    fieldLabels: { anak: 'Anak' },
    now: new Date('2026-11-03T08:00:00Z'),
  });
  const local = new Map<string, LocalEntry>(entries.map((e) => [e.id, e]));
  for (const { entryId, signoff } of marks) local.set(entryId, { ...local.get(entryId)!, signoff });
  return { request, local };
}

const fingerprintOf = (page: Page) => page.locator('.fingerprint');

async function fillNewKey(page: Page, passphrase: string, repeat = passphrase) {
  await page.getByLabel('Nama lengkap').fill('Ani Suryani');
  await page.getByLabel('Jabatan dan lembaga').fill('Pekerja Sosial, Dinas Sosial Kota Bandung');
  await page.getByLabel(/^Frasa sandi( \*)?$/).fill(passphrase);
  await page.getByLabel('Ulangi frasa sandi').fill(repeat);
}

/** Creates Ani's key in supervisor mode and returns its fingerprint. */
async function createKey(page: Page): Promise<string> {
  await openApp(page, '/praktik/mode-supervisor');
  await fillNewKey(page, PASSPHRASE);
  await page.getByRole('button', { name: 'Buat kunci' }).click();
  // Sealing with 600,000 PBKDF2 rounds takes a moment.
  await expect(fingerprintOf(page)).toHaveText(FINGERPRINT, { timeout: 15_000 });
  return (await fingerprintOf(page).textContent()) ?? '';
}

const entryItem = (page: Page, number: number) =>
  page.getByRole('listitem', { name: new RegExp(`^Entri ${number} ·`) });

test('a new key: errors next to the fields, a fingerprint to read out, its files, removal and restore', async ({
  page,
}) => {
  await openApp(page, '/praktik/mode-supervisor');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mode Supervisor');
  await expect(page.getByRole('link', { name: 'Mode Supervisor' })).toHaveClass(/active/);
  await expect(
    page.getByText(/Kunci pribadi Anda tidak pernah meninggalkan komputer ini/),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Buat kunci' }).click();
  await expect(page.getByLabel('Nama lengkap')).toHaveAccessibleDescription('Wajib diisi.');
  await expect(page.getByLabel(/^Frasa sandi( \*)?$/)).toHaveAccessibleDescription(
    /Frasa sandi minimal 12 karakter\./,
  );
  await fillNewKey(page, PASSPHRASE, 'kopi pagi di teras');
  await expect(page.getByLabel('Ulangi frasa sandi')).toHaveAccessibleDescription(
    /Tidak sama dengan frasa sandi di atas/,
  );
  await page.getByLabel('Ulangi frasa sandi').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Buat kunci' }).click();

  await expect(fingerprintOf(page)).toHaveText(FINGERPRINT, { timeout: 15_000 });
  const fingerprint = (await fingerprintOf(page).textContent()) ?? '';
  await expect(page.getByRole('heading', { name: 'Kunci Anda' })).toBeFocused();
  await expect(
    page.getByText('Bacakan sidik jari ini kepada kandidat', { exact: false }),
  ).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  const card = await downloadFrom(page, 'Simpan kartu kunci publik');
  expect(card.name).toBe('Ani Suryani.kompeten-kunci-publik');
  expect(keyCardSchema.parse(JSON.parse(card.text)).supervisor).toMatchObject({
    name: 'Ani Suryani',
    fingerprint,
  });
  const backup = await downloadFrom(page, 'Simpan cadangan kunci');
  expect(backup.name).toBe('Ani Suryani.kompeten-kunci');
  expect(keyBackupSchema.parse(JSON.parse(backup.text)).supervisor.fingerprint).toBe(fingerprint);
  expect(backup.text).not.toContain(PASSPHRASE);

  await page.reload();
  await expect(fingerprintOf(page)).toHaveText(fingerprint);

  await page.getByRole('button', { name: 'Hapus kunci' }).click();
  const dialog = page.getByRole('dialog', { name: 'Hapus kunci dari komputer ini?' });
  await expect(dialog).toContainText('tidak dapat lagi menandatangani');
  await dialog.getByRole('button', { name: 'Hapus kunci' }).click();
  await expect(page.getByText('Kunci sudah dihapus dari komputer ini.')).toBeVisible();
  await expect(fingerprintOf(page)).toHaveCount(0);

  await uploadTo(page, 'Pilih berkas cadangan', backup.name, backup.text);
  await expect(page.getByText(`dengan sidik jari ${fingerprint}`)).toBeVisible();
  const restorePassphrase = page.getByLabel('Frasa sandi cadangan');
  await restorePassphrase.fill('bukan frasa sandinya');
  await page.getByRole('button', { name: 'Pulihkan kunci' }).click();
  await expect(restorePassphrase).toHaveAccessibleDescription(/Frasa sandi salah/, {
    timeout: 15_000,
  });
  await restorePassphrase.fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Pulihkan kunci' }).click();
  await expect(fingerprintOf(page)).toHaveText(fingerprint, { timeout: 15_000 });
});

test('signing: a return needs a reason, a wrong passphrase saves nothing, the right one saves a response the candidate accepts', async ({
  page,
}) => {
  const fingerprint = await createKey(page);
  const { request, local } = candidateRequest(fingerprint);
  let downloads = 0;
  page.on('download', () => (downloads += 1));

  await uploadTo(
    page,
    'Buka permintaan',
    'permintaan.kompeten-permintaan',
    JSON.stringify(request),
  );
  await expect(page.getByRole('heading', { name: 'Permintaan dari Siti Rahmawati' })).toBeFocused();
  await expect(page.getByText('bukan kunci Anda', { exact: false })).toHaveCount(0);
  await expect(page.getByText('6,5 jam', { exact: true })).toBeVisible();
  await expect(entryItem(page, 1)).toContainText('Dinas Sosial Kota Bandung');
  await expect(entryItem(page, 1)).toContainText('Mikro');
  const sign = page.getByRole('button', { name: 'Tandatangani & simpan jawaban' });
  await expect(sign).toBeDisabled();
  expect(await seriousViolations(page)).toEqual([]);

  await entryItem(page, 1).getByRole('radio', { name: 'Setujui' }).check();
  await entryItem(page, 2).getByRole('radio', { name: 'Kembalikan' }).check();
  await expect(page.getByText('1 disetujui · 1 dikembalikan · 1 belum diputuskan')).toBeVisible();
  await sign.click();
  const comment = entryItem(page, 2).getByLabel('Catatan untuk kandidat');
  await expect(comment).toBeFocused();
  await expect(comment).toHaveAccessibleDescription(/Tulis alasan entri ini dikembalikan/);
  await expect(page.getByRole('alert')).toContainText('1 entri dikembalikan tanpa alasan');
  await comment.fill('Jam selesai perlu dicek.');

  await sign.click();
  const dialog = page.getByRole('dialog', { name: 'Tandatangani jawaban' });
  await expect(dialog).toContainText('1 entri tanpa keputusan tidak ikut');
  const passphrase = dialog.getByLabel('Frasa sandi kunci');
  await expect(passphrase).toBeFocused();
  await passphrase.fill('bukan frasa sandinya');
  await dialog.getByRole('button', { name: 'Tandatangani & simpan' }).click();
  await expect(passphrase).toHaveAccessibleDescription(/Frasa sandi salah/, { timeout: 15_000 });
  expect(downloads).toBe(0);

  await passphrase.fill(PASSPHRASE);
  const downloading = page.waitForEvent('download', { timeout: 15_000 });
  await dialog.getByRole('button', { name: 'Tandatangani & simpan' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(
    /^Siti Rahmawati-\d{4}-\d{2}-\d{2}\.kompeten-jawaban$/,
  );
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('status').filter({ hasText: 'Jawaban sudah ditandatangani' }),
  ).toContainText(
    '1 disetujui, 1 dikembalikan. Kirim berkas .kompeten-jawaban itu kembali kepada Siti Rahmawati',
  );
  expect(downloads).toBe(1);

  const response = signoffResponseSchema.parse(
    JSON.parse(await readFile(await download.path(), 'utf8')),
  );
  expect(
    response.decisions.map(({ entryId, decision, comment }) => ({ entryId, decision, comment })),
  ).toEqual([
    { entryId: 'e1', decision: 'approved', comment: '' },
    { entryId: 'e2', decision: 'returned', comment: 'Jam selesai perlu dicek.' },
  ]);
  const verified = await verifyResponse(response, {
    entries: local,
    supervisors: [{ id: 'sup-1', name: 'Ani Suryani', publicKey: response.supervisor.publicKey }],
  });
  expect(verified.ok).toBe(true);
  expect(response.supervisor.fingerprint).toBe(fingerprint);

  await page.getByRole('button', { name: 'Setujui semua yang belum diputuskan' }).click();
  await expect(page.getByText('2 disetujui · 1 dikembalikan · 0 belum diputuskan')).toBeVisible();
});

test('a broken request file says what is wrong and opens nothing; one for another key warns', async ({
  page,
}) => {
  await createKey(page);
  const { request } = candidateRequest('');

  await uploadTo(
    page,
    'Buka permintaan',
    'terpotong.kompeten-permintaan',
    JSON.stringify(request).slice(0, 300),
  );
  await expect(page.getByRole('alert')).toContainText(
    'Berkas "terpotong.kompeten-permintaan" terpotong',
  );

  const broken = structuredClone(request);
  broken.entries[1]!.minutes = 0;
  await uploadTo(page, 'Buka permintaan', 'rusak.kompeten-permintaan', JSON.stringify(broken));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    'Berkas "rusak.kompeten-permintaan" tidak diterima karena isinya tidak sesuai format permintaan tanda tangan',
  );
  await expect(alert).toContainText('entries[1].minutes');
  await expect(page.getByRole('heading', { name: /^Permintaan dari/ })).toHaveCount(0);

  const forBudi = candidateRequest('0000 1111 2222 3333 4444 5555 6666 7777').request;
  forBudi.supervisor.name = 'Budi Santoso';
  await uploadTo(page, 'Buka permintaan', 'budi.kompeten-permintaan', JSON.stringify(forBudi));
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Permintaan dari Siti Rahmawati' })).toBeVisible();
  await expect(
    page.getByText(/ditujukan kepada Budi Santoso dengan sidik jari 0000 1111/),
  ).toBeVisible();
  // Still reviewable.
  await entryItem(page, 3).getByRole('radio', { name: 'Setujui' }).check();
  await expect(page.getByRole('button', { name: 'Tandatangani & simpan jawaban' })).toBeEnabled();
});
