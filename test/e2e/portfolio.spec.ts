import type { Page } from '@playwright/test';
import { expect, openApp, seriousViolations, test } from './fixtures';

const words = (n: number) => Array.from({ length: n }, (_, i) => `kata${i + 1}`).join(' ');
const essayList = (page: Page) => page.getByRole('navigation', { name: 'Daftar esai' });

test('Deskripsi Diri: live word count, the 150-word note, autosave and the LSP wording', async ({
  page,
}) => {
  await openApp(page, '/portofolio');
  await expect(
    page.getByText('14 esai: 0 cukup panjang, 0 di bawah sekitar 150 kata, 14 masih kosong (K)'),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Deskripsi Diri' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deskripsi Diri');
  await expect(essayList(page).getByRole('button')).toHaveCount(14);
  await expect(essayList(page).getByRole('button', { name: /^Pengetahuan 1:/ })).toContainText('K');

  const answer = page.getByLabel('Jawaban Anda');
  await answer.fill(words(20));
  await expect(
    page.getByText('20 kata · di bawah sekitar 150 kata', { exact: false }),
  ).toBeVisible();
  await expect(page.getByText('Tersimpan otomatis')).toBeVisible();
  await expect(essayList(page).getByRole('button', { name: /^Pengetahuan 1:/ })).toContainText(
    '20 kata',
  );
  await answer.fill(words(150));
  await expect(page.getByText('150 kata · cukup panjang untuk nilai tertinggi')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // Another essay, with the LSP's wording, typed and left at once.
  await essayList(page)
    .getByRole('button', { name: /^Nilai 1:/ })
    .click();
  await page.getByText('Sesuaikan pertanyaan', { exact: true }).click();
  await page.getByLabel('Rumusan pertanyaan dari LSP').fill('Bagaimana Anda menjaga kerahasiaan?');
  await page.getByRole('button', { name: 'Pakai rumusan ini' }).click();
  await expect(
    page.getByRole('heading', { name: 'Bagaimana Anda menjaga kerahasiaan?' }),
  ).toBeVisible();
  await page.getByLabel('Jawaban Anda').fill('Saya memakai inisial dalam catatan.');
  await essayList(page)
    .getByRole('button', { name: /^Nilai 2:/ })
    .click();

  await page.reload();
  await expect(
    page.getByText('14 esai: 1 cukup panjang, 1 di bawah sekitar 150 kata, 12 masih kosong (K)'),
  ).toBeVisible();
  await expect(page.getByLabel('Jawaban Anda')).toHaveValue(words(150));
  await essayList(page)
    .getByRole('button', { name: /^Nilai 1: Bagaimana Anda menjaga/ })
    .click();
  await expect(page.getByLabel('Jawaban Anda')).toHaveValue('Saya memakai inisial dalam catatan.');
  await page.getByText('Memakai rumusan pertanyaan dari LSP').click();
  await page.getByRole('button', { name: 'Kembali ke pertanyaan Kompeten' }).click();
  await expect(page.getByRole('heading', { name: /kerahasiaan klien diuji/ })).toBeVisible();
});

test('CV: identity, a list part with validation, ordering, editing and deleting', async ({
  page,
}) => {
  await openApp(page, '/portofolio/cv');
  await expect(page.getByText('0 dari 11 bagian sudah diisi')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2 })).toHaveCount(11);

  const identity = page.getByRole('region', { name: '1. Identitas' });
  await identity.getByLabel('Tempat lahir').fill('Garut');
  await identity.getByLabel('Tanggal lahir').fill('2099-01-01');
  await identity.getByRole('button', { name: 'Simpan identitas' }).click();
  await expect(identity.getByLabel('Tanggal lahir')).toHaveAccessibleDescription(
    'Tanggal tidak boleh di masa depan.',
  );
  await identity.getByLabel('Tanggal lahir').fill('1995-04-17');
  await identity.getByRole('button', { name: 'Simpan identitas' }).click();
  await expect(identity.getByText('Identitas tersimpan.')).toBeVisible();

  const work = page.getByRole('region', { name: /^3\. Riwayat pekerjaan/ });
  await expect(work.getByText('Belum ada entri.')).toBeVisible();
  await work.getByRole('button', { name: 'Tambah pekerjaan' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tambah pekerjaan' });
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(dialog.getByLabel('Lembaga atau organisasi *')).toHaveAccessibleDescription(
    'Wajib diisi.',
  );
  await expect(dialog.getByLabel('Tahun mulai *')).toHaveAccessibleDescription('Wajib diisi.');
  expect(await seriousViolations(page)).toEqual([]);
  await dialog.getByLabel('Lembaga atau organisasi *').fill('Dinas Sosial Kabupaten Garut');
  await dialog.getByLabel('Jabatan *').fill('Pendamping PKH');
  await dialog.getByLabel('Tahun mulai *').fill('2020');
  await dialog.getByLabel('Tahun selesai').fill('2018');
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(dialog.getByLabel('Tahun selesai')).toHaveAccessibleDescription(
    /Tahun selesai tidak boleh sebelum tahun mulai\./,
  );
  await dialog.getByLabel('Tahun selesai').fill('2023');
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(dialog).toBeHidden();

  await work.getByRole('button', { name: 'Tambah pekerjaan' }).click();
  await dialog.getByLabel('Lembaga atau organisasi *').fill('LKSA Harapan');
  await dialog.getByLabel('Jabatan *').fill('Pekerja sosial');
  await dialog.getByLabel('Tahun mulai *').fill('2023');
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(dialog).toBeHidden();
  const entries = work.getByRole('listitem');
  await expect(entries).toHaveCount(2);
  await expect(entries.nth(1)).toContainText('Pekerja sosial · 2023–sekarang');

  await work.getByRole('button', { name: 'Naikkan "LKSA Harapan"' }).click();
  await expect(entries.nth(0)).toContainText('LKSA Harapan');
  await page.reload();
  await expect(page.getByText('2 dari 11 bagian sudah diisi')).toBeVisible();
  await expect(entries.nth(0)).toContainText('LKSA Harapan');
  await expect(entries.nth(1)).toContainText('Pendamping PKH · 2020–2023');
  await expect(identity.getByLabel('Tempat lahir')).toHaveValue('Garut');

  await work.getByRole('button', { name: 'Ubah "LKSA Harapan"' }).click();
  const edit = page.getByRole('dialog', { name: /^Ubah entri/ });
  await edit.getByLabel('Lembaga atau organisasi *').fill('LKSA Harapan Bangsa');
  await edit.getByRole('button', { name: 'Simpan' }).click();
  await expect(entries.nth(0)).toContainText('LKSA Harapan Bangsa');

  await work.getByRole('button', { name: 'Hapus "LKSA Harapan Bangsa"' }).click();
  await page
    .getByRole('dialog', { name: /^Hapus/ })
    .getByRole('button', { name: 'Hapus entri' })
    .click();
  await expect(entries).toHaveCount(1);
  await expect(entries.nth(0)).toContainText('Dinas Sosial Kabupaten Garut');
});
