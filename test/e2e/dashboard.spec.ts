import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

/** Rates the n-th criterion of a unit (by its code) at a rubric level. */
async function rate(page: Page, unitCode: string, n: number, level: number) {
  const unit = page.getByRole('button', { name: new RegExp(`^${unitCode.replace('.', '\\.')}`) });
  if ((await unit.getAttribute('aria-expanded')) === 'false') await unit.click();
  await page.locator('.tree__unit', { has: unit }).locator('.tree__criterion').nth(n).click();
  const choice = page.getByLabel(new RegExp(`^${level} — `));
  await choice.check();
  await expect(page.getByText('Tersimpan otomatis', { exact: true })).toBeVisible();
}

test('the dashboard shows scores and coverage that match the answers given', async ({ page }) => {
  await openApp(page);
  await expect(page.getByText('Belum ada asesmen mandiri.')).toBeVisible();
  await page.getByRole('link', { name: 'Mulai asesmen mandiri' }).click();
  await page.getByRole('button', { name: 'Mulai asesmen' }).click();

  await rate(page, 'BoK.01', 0, 4); // knowledge: 100
  await rate(page, 'BoV.02', 0, 3); // values: 66.7
  await rate(page, 'BoS.02', 0, 1); // skills: 0
  await page.getByRole('navigation').getByRole('link', { name: 'Beranda' }).click();

  // 0.3 × 100 + 0.3 × 66.7 + 0.4 × 0 = 50
  await expect(page.getByTestId('overall-score')).toHaveText('50 dari 100');
  await expect(page.getByTestId('domain-knowledge')).toContainText('100');
  await expect(page.getByTestId('domain-values')).toContainText('67');
  await expect(page.getByTestId('domain-skills')).toContainText('0');
  await expect(page.getByTestId('domain-skills')).toContainText('1 dari 68 kriteria dinilai');
  await expect(page.getByTestId('coverage-answered')).toHaveText(/^3 dari \d+$/);
  await expect(page.getByTestId('coverage-withEvidence')).toHaveText(/^0 dari \d+$/);

  // The weakest criterion without evidence comes first and opens in the assessment.
  const first = page.getByRole('listitem').filter({ hasText: 'tingkat 1' }).getByRole('link');
  const question = await first.textContent();
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Asesmen Mandiri');
  await expect(page.locator('#editor-question')).toHaveText(question ?? '');
  await expect(page.getByLabel(/^1 — /)).toBeChecked();
});

test('the overall score waits until every domain has an answer', async ({ page }) => {
  await openApp(page, '/asesmen');
  await page.getByRole('button', { name: 'Mulai asesmen' }).click();
  await rate(page, 'BoK.01', 0, 3);
  await page.getByRole('navigation').getByRole('link', { name: 'Beranda' }).click();
  await expect(page.getByText('Belum dapat dihitung', { exact: false })).toBeVisible();
  await expect(page.getByTestId('overall-score')).toHaveCount(0);
});
