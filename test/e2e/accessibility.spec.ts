import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

const PATHS = [
  '/',
  '/profil',
  '/kerangka',
  '/asesmen',
  '/praktik',
  '/portofolio',
  '/latihan',
  '/data',
  '/pengaturan',
];

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

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
