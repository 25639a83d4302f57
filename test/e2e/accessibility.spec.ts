import { STATIC_PAGES } from '../../renderer/src/ui/paths';
import { expect, openApp, seriousViolations, test } from './fixtures';

// Every page there is (the router's own list), so a new page is checked without a line here.
for (const path of STATIC_PAGES) {
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
