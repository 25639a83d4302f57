import { expect, openApp, seriousViolations, test, uploadTo } from './fixtures';
import { addEntry, downloadFrom, fillEntry, today } from './practice-helpers';

const entryRow = (page: import('@playwright/test').Page, agency: string) =>
  page.getByRole('listitem').filter({ hasText: agency });

test('logging practice: validation next to the field, warnings, totals that move', async ({
  page,
}) => {
  await openApp(page, '/praktik');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jam Praktik');
  await expect(page.getByText('Belum ada jam praktik yang dicatat.')).toBeVisible();
  await expect(
    page.getByText('Tercatat 0 jam dari target 900 jam (0%) dalam 0 entri.'),
  ).toBeVisible();

  // Bad input: every problem shows next to its field and nothing is saved.
  await page.getByRole('button', { name: 'Tambah entri' }).click();
  const form = page.getByRole('dialog');
  await form.getByLabel('Jam mulai').fill('11:00');
  await form.getByLabel('Jam selesai').fill('09:00');
  await form.getByRole('button', { name: 'Simpan entri' }).click();
  await expect(form.getByLabel('Jam selesai')).toHaveAccessibleDescription(
    /Jam selesai harus sesudah jam mulai/,
  );
  await expect(
    form.getByRole('textbox', { name: 'Lembaga', exact: true }),
  ).toHaveAccessibleDescription('Wajib diisi.');
  await expect(
    form.getByRole('combobox', { name: 'Bidang praktik', exact: true }),
  ).toHaveAccessibleDescription('Wajib diisi.');

  // The narrative is checked for a client's identity as it is typed.
  await fillEntry(page, {
    start: '09:00',
    end: '11:30',
    agency: 'Dinas Sosial Kota Bandung',
    narrative: 'Kunjungan rumah ke klien, NIK 3273014501900003.',
  });
  await expect(form.getByText('Catatan ini tampaknya memuat identitas seseorang:')).toBeVisible();
  await expect(form.getByText(/16 angka yang mirip NIK/)).toBeVisible();
  await form.getByLabel('Narasi kegiatan').fill('Kunjungan rumah dan asesmen awal keluarga.');
  await form.getByRole('button', { name: 'Simpan entri' }).click();
  await expect(form).toBeHidden();

  await expect(entryRow(page, 'Dinas Sosial Kota Bandung')).toContainText('2,5 jam');
  await expect(
    page.getByText(/Tercatat 2,5 jam dari target 900 jam \(0%\) dalam 1 entri/),
  ).toBeVisible();

  // An overlapping entry on the same day is allowed, with a warning on both.
  await addEntry(page, { start: '11:00', end: '12:00', agency: 'Panti Sosial Asuhan Anak' });
  await expect(entryRow(page, 'Panti Sosial Asuhan Anak')).toContainText('1 peringatan');
  await expect(entryRow(page, 'Dinas Sosial Kota Bandung')).toContainText('1 peringatan');
  await expect(page.getByText(/Tercatat 3,5 jam .* dalam 2 entri/)).toBeVisible();

  // Search and filter narrow the list.
  await page.getByLabel('Cari', { exact: true }).fill('asesmen keluarga');
  await expect(page.getByText('Menampilkan 1 dari 2 entri.')).toBeVisible();
  await page.getByRole('button', { name: 'Hapus filter' }).click();
  await expect(page.getByText('Menampilkan 2 dari 2 entri.')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // Editing changes the totals; deleting asks first.
  await page.getByRole('button', { name: /^Ubah entri .* Panti Sosial Asuhan Anak$/ }).click();
  await page.getByRole('dialog').getByLabel('Jam selesai').fill('13:00');
  await page.getByRole('dialog').getByRole('button', { name: 'Simpan entri' }).click();
  await expect(page.getByText(/Tercatat 4,5 jam/)).toBeVisible();
  await page.getByLabel(/^Pilih entri .* Panti Sosial Asuhan Anak$/).check();
  await page.getByRole('button', { name: 'Hapus (1)' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Hapus entri' }).click();
  await expect(page.getByText(/Tercatat 2,5 jam .* dalam 1 entri/)).toBeVisible();
});

test('CSV: a preview names every bad row, imports nothing until all are right, and round-trips', async ({
  page,
}) => {
  await openApp(page, '/praktik');
  const bad = [
    'tanggal;mulai;selesai;durasi_jam;lembaga;bidang;jenis_kegiatan;narasi;catatn',
    '01/11/2026;08:00;10:00;;Dinas Sosial;Anak;Kontak langsung dengan klien;Asesmen;x',
    '02/11/2026;;;1,5;LKSA Harapan;Perkebunan;Kontak langsung dengan klien;;',
    '2999-01-01;;;0;Panti;Anak;Pelatihan;;',
  ].join('\r\n');
  await uploadTo(page, 'Impor CSV', 'log.csv', bad);
  const preview = page.getByRole('dialog');
  await expect(preview).toContainText('Tidak ada yang diimpor sampai semuanya beres.');
  await expect(preview).toContainText('Baris 3, kolom bidang: "Perkebunan" tidak dikenal.');
  await expect(preview).toContainText('Baris 4, kolom tanggal: "2999-01-01" ada di masa depan.');
  await expect(preview).toContainText('Baris 4, kolom durasi_jam: durasi harus lebih dari nol.');
  await expect(preview.getByRole('button', { name: 'Impor 3 baris' })).toBeDisabled();
  await expect(preview).toContainText('Tanggal dibaca sebagai hari/bulan/tahun');
  // A misspelt column is named, not silently dropped.
  await expect(preview).toContainText('1 kolom tidak dikenal, jadi isinya diabaikan: «catatn».');
  await preview.getByRole('button', { name: 'Batal' }).click();
  await expect(page.getByText('Belum ada jam praktik yang dicatat.')).toBeVisible();

  const good = [
    'tanggal,mulai,selesai,durasi_jam,lembaga,bidang,jenis_kegiatan,narasi',
    '2026-11-01,08:00,10:00,,Dinas Sosial,anak,kontak-langsung,"Asesmen, lalu rencana"',
    '2026-11-02,,,1.5,LKSA Harapan,Lanjut usia,Pelatihan,',
  ].join('\n');
  await uploadTo(page, 'Impor CSV', 'log.csv', good);
  await expect(page.getByRole('dialog')).toContainText('2 baris siap diimpor (3,5 jam).');
  await page.getByRole('dialog').getByRole('button', { name: 'Impor 2 baris' }).click();
  await expect(page.getByText('2 entri diimpor dari log.csv.')).toBeVisible();
  await expect(page.getByText(/Tercatat 3,5 jam .* dalam 2 entri/)).toBeVisible();
  // The same file again: the preview says the rows are already in the log.
  await uploadTo(page, 'Impor CSV', 'log.csv', good);
  await expect(page.getByRole('dialog')).toContainText('2 baris tampaknya sudah ada di log');
  await page.getByRole('dialog').getByRole('button', { name: 'Batal' }).click();

  const exported = await downloadFrom(page, 'Ekspor CSV (2)');
  expect(exported.name).toBe(`jam-praktik-${today()}.csv`);
  const lines = exported.text
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  expect(lines[0]).toBe(
    'tanggal;mulai;selesai;durasi_jam;lembaga;setting;bidang;level;bentuk;tahap;jenis_kegiatan;kriteria;narasi;supervisor',
  );
  expect(lines).toContain('2026-11-02;;;1,5;LKSA Harapan;;Lanjut usia;;;;Pelatihan;;;');
});

test('a new entry being typed survives a reload, until it is saved or discarded', async ({
  page,
}) => {
  await openApp(page, '/praktik');
  await page.getByRole('button', { name: 'Tambah entri' }).click();
  const form = page.getByRole('dialog');
  await form.getByRole('textbox', { name: 'Lembaga', exact: true }).fill('LKSA Harapan');
  await form.getByLabel('Narasi kegiatan').fill('Pendampingan anak setelah sekolah.');
  // As if the app crashed: the page goes away without saving.
  await page.waitForTimeout(500);
  await page.reload();
  await page.getByRole('button', { name: 'Tambah entri' }).click();
  await expect(form.getByText('Isian entri yang belum disimpan dipulihkan.')).toBeVisible();
  await expect(form.getByRole('textbox', { name: 'Lembaga', exact: true })).toHaveValue(
    'LKSA Harapan',
  );
  await expect(form.getByLabel('Narasi kegiatan')).toHaveValue(
    'Pendampingan anak setelah sekolah.',
  );
  await form.getByRole('button', { name: 'Buang isian itu' }).click();
  await expect(form.getByRole('textbox', { name: 'Lembaga', exact: true })).toHaveValue('');
  await form.getByRole('button', { name: 'Batal' }).click();
  await page.getByRole('button', { name: 'Tambah entri' }).click();
  await expect(form.getByText('Isian entri yang belum disimpan dipulihkan.')).toBeHidden();
});
