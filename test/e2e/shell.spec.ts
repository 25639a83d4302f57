import { SECTIONS } from '../../renderer/src/app/sections';
import nav from '../../renderer/src/i18n/id/nav';
import { expect, openApp, sidebar, test } from './fixtures';

// The sidebar's sections in order, worded as the Indonesian catalogue words them.
const SECTION_NAMES = SECTIONS.map((section) => nav[section.key]);

test('first start shows an empty, inviting Beranda in Indonesian', async ({ page }) => {
  await openApp(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Selamat datang di Kompeten');
  await expect(page.getByRole('heading', { name: 'Mulai dari profil Anda' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await expect(sidebar(page).getByRole('link')).toHaveText(SECTION_NAMES);
  await page.getByRole('link', { name: 'Isi profil' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Profil');
});

test('an unknown address shows a not-found page inside the shell', async ({ page }) => {
  await openApp(page, '/tidak-ada');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Halaman tidak ditemukan');
  await page.getByRole('link', { name: 'Kembali ke Beranda' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Selamat datang di Kompeten');
});

test('the sidebar works with the keyboard alone', async ({ page }) => {
  await openApp(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Lompat ke konten utama' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(sidebar(page).getByRole('link', { name: 'Beranda' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(sidebar(page).getByRole('link', { name: 'Profil' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Profil');
  await expect(sidebar(page).getByRole('link', { name: 'Profil' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  for (let i = 0; i < 7; i += 1) await page.keyboard.press('Tab');
  await expect(sidebar(page).getByRole('link', { name: 'Pengaturan' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pengaturan');

  // The skip link moves focus straight to the page content.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  for (let i = 0; i < 10; i += 1) {
    if (await skip.evaluate((el) => el === document.activeElement)) break;
    await page.keyboard.press('Shift+Tab');
  }
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});
