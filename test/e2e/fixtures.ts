import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every test gets a fresh browser context (so a fresh, empty IndexedDB) and fails if the page
 * logs an error or throws: a CSP violation or a crash must never pass unnoticed.
 */
export const test = base.extend<{ pageErrors: string[] }>({
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console: ${message.text()}`);
      });
      await use(errors);
      expect(errors, 'the page logged errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Opens the app at an in-app path (the app uses hash routing). */
export async function openApp(page: Page, path = '/'): Promise<void> {
  await page.goto(`./#${path}`);
  await expect(sidebar(page)).toBeVisible();
}

/** Clicks a button that asks for a file, and gives it this one. */
export async function uploadTo(page: Page, button: string | RegExp, name: string, text: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).click();
  await (
    await chooser
  ).setFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(text) });
}

/** The app's main navigation; pages may have their own (e.g. the Jam Praktik tabs). */
export const sidebar = (page: Page) =>
  page.getByRole('navigation', { name: /^(Navigasi utama|Main navigation)$/ });

/** axe-core findings of serious or critical impact, one line each (empty when clean). */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Records per object store, read with plain IndexedDB beside the app's own connection. */
export const storedCounts = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const open = indexedDB.open('kompeten');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names, 'readonly');
          const result: Record<string, number> = {};
          for (const name of names) {
            const request = tx.objectStore(name).count();
            request.onsuccess = () => (result[name] = request.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(result);
          };
        };
      }),
  );
