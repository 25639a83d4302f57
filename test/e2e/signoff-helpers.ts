import type { Page } from '@playwright/test';
import { expect, openApp } from './fixtures';
import { downloadFrom } from './practice-helpers';

export const PASSPHRASE = 'kopi pagi di teras rumah';

/** Supervisor mode in its own browser (its own IndexedDB): a key, and its public card. */
export async function supervisorWithCard(page: Page) {
  await openApp(page, '/praktik/mode-supervisor');
  await page.getByLabel('Nama lengkap').fill('Ani Suryani');
  await page.getByLabel(/^Frasa sandi( \*)?$/).fill(PASSPHRASE);
  await page.getByLabel('Ulangi frasa sandi').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Buat kunci' }).click();
  await expect(page.locator('.fingerprint')).toBeVisible({ timeout: 15_000 });
  return downloadFrom(page, 'Simpan kartu kunci publik');
}
