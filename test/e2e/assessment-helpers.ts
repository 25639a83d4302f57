import { expect, type Page } from '@playwright/test';

export const QUESTION = /mengumpulkan data klien melalui wawancara/;

export const editor = (page: Page) =>
  page.getByRole('complementary').filter({ hasText: 'Refleksi' });

/** Opens the interview criterion of unit BoS.02 in the self-assessment editor. */
export async function openCriterion(page: Page) {
  const unit = page.getByRole('button', { name: /^BoS\.02/ });
  if ((await unit.getAttribute('aria-expanded')) === 'false') await unit.click();
  await page.getByRole('button', { name: QUESTION }).click();
}

export async function startNewRound(page: Page, number: number) {
  await page.getByRole('button', { name: 'Mulai putaran baru' }).click();
  await page
    .getByRole('dialog', { name: `Mulai putaran ${number}?` })
    .getByRole('button', { name: 'Mulai putaran baru' })
    .click();
  await expect(page.getByRole('heading', { name: `Putaran ${number}` })).toBeVisible();
}

/** Adds evidence to the open criterion: type TL, all four VATM rules, and an optional file. */
export async function addEvidence(
  page: Page,
  title: string,
  file?: { name: string; mimeType: string; buffer: Buffer },
) {
  await editor(page).getByRole('button', { name: 'Tambah bukti baru' }).click();
  const dialog = page.getByRole('dialog', { name: 'Bukti baru' });
  await dialog.getByLabel('Judul bukti').fill(title);
  await dialog.getByLabel('TL — tidak langsung (dokumen, portofolio)').check();
  if (file) await dialog.getByLabel('Berkas (opsional)').setInputFiles(file);
  for (const rule of ['Valid', 'Asli', 'Terkini', 'Memadai']) {
    await dialog.getByLabel(new RegExp(`^${rule} —`)).check();
  }
  await dialog.getByRole('button', { name: 'Simpan bukti' }).click();
  await expect(dialog).toBeHidden();
}
