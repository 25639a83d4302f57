import { expect, openApp, seriousViolations, test } from './fixtures';

const PATHS = [
  '/',
  '/profil',
  '/kerangka',
  '/asesmen',
  '/praktik',
  '/praktik/ringkasan',
  '/praktik/supervisor',
  '/praktik/pengaturan',
  '/praktik/mode-supervisor',
  '/portofolio',
  '/latihan',
  '/latihan/praktik',
  '/data',
  '/pengaturan',
];

for (const path of PATHS) {
  test(`no serious accessibility violations on ${path}`, async ({ page }) => {
    await openApp(page, path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('no serious accessibility violations on the profile form showing errors', async ({ page }) => {
  await openApp(page, '/profil');
  await page.getByRole('button', { name: 'Simpan profil' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
