import { expect, openApp, sidebar, test } from './fixtures';

test('the language switch changes every label and persists', async ({ page }) => {
  await openApp(page, '/pengaturan');
  await page.getByLabel('English').check();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(sidebar(page).getByRole('link', { name: 'Practice hours' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
  await sidebar(page).getByRole('link', { name: 'Profile' }).click();
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Choose one of the levels.')).toBeVisible();

  await sidebar(page).getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Bahasa Indonesia').check();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pengaturan');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pengaturan');
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
});

test('settings say how the app runs', async ({ page }) => {
  await openApp(page, '/pengaturan');
  await expect(page.getByText('Aplikasi di peramban')).toBeVisible();
});
