import type { Page } from '@playwright/test';
import { expect, openApp, seriousViolations, test } from './fixtures';

const progress = (page: Page, n: number) =>
  expect(page.getByText(`Soal ${n} dari 100`, { exact: true })).toBeVisible();

test('a simulation by keyboard: answer, flag, move, reload and resume, hand in, see the report', async ({
  page,
}) => {
  // A whole simulation, two accessibility scans and the dashboard: long on a busy 2-core runner.
  test.setTimeout(90_000);
  await openApp(page, '/latihan');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Latihan Ujian');
  await expect(
    page.getByText(/Bank soal: Bank soal latihan Kompeten \(versi 1\.0, 150 soal\)/),
  ).toBeVisible();
  await expect(page.getByText('Belum ada simulasi yang selesai.')).toBeVisible();
  await page.getByRole('button', { name: 'Mulai simulasi' }).click();
  await progress(page, 1);
  await expect(page.getByRole('timer')).toHaveAccessibleName(/^Sisa waktu 1:(40:00|39:5\d)$/);
  expect(await seriousViolations(page)).toEqual([]);

  const options = page.getByRole('radio');
  await page.keyboard.press('1');
  await expect(options.nth(0)).toBeChecked();
  await page.keyboard.press('f');
  await expect(page.getByRole('button', { name: 'Hapus tanda (F)' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.keyboard.press('n');
  await progress(page, 2);
  await page.keyboard.press('c');
  await expect(options.nth(2)).toBeChecked();
  await page.keyboard.press('n');
  await progress(page, 3);
  await page.keyboard.press('p');
  await progress(page, 2);

  // A reload (or a crash) resumes where the candidate was, with every answer.
  await page.reload();
  await progress(page, 2);
  await expect(page.getByRole('radio').nth(2)).toBeChecked();
  const navigator = page.getByRole('navigation', { name: 'Daftar soal' });
  await expect(navigator.getByRole('button', { name: 'Soal 1, dijawab, ditandai' })).toBeVisible();
  await expect(navigator.getByRole('button', { name: 'Soal 3, belum dijawab' })).toBeVisible();
  await navigator.getByRole('button', { name: /^Soal 10,/ }).click();
  await progress(page, 10);
  await page.keyboard.press('4');

  await page.getByRole('button', { name: 'Selesai dan kumpulkan' }).click();
  const confirm = page.getByRole('dialog', { name: 'Kumpulkan jawaban?' });
  await expect(confirm).toContainText('Belum dijawab: 97. Ditandai untuk ditinjau: 1.');
  await confirm.getByRole('button', { name: 'Kumpulkan' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hasil simulasi');
  await expect(page.getByText('3 soal dijawab.')).toBeVisible();
  const score = await page.getByTestId('exam-score').textContent();
  const correct = Number(/Skor: (\d+) dari 100/.exec(score ?? '')?.[1]);
  // The score is exactly the items whose review says "benar".
  await expect(page.locator('summary', { hasText: /: benar$/ })).toHaveCount(correct);
  await expect(page.locator('summary', { hasText: /: tidak dijawab$/ })).toHaveCount(97);
  await page.locator('summary').first().click();
  await expect(page.getByText(/^Dasar: /).first()).toBeVisible();
  await page.getByLabel('Tampilkan hanya yang salah atau kosong').check();
  await expect(page.locator('summary')).toHaveCount(100 - correct);
  expect(await seriousViolations(page)).toEqual([]);

  const bok = await page.locator('tr[data-domain="knowledge"] td').textContent();
  const bokPercent = /\((\d+\s?%)\)/.exec(bok ?? '')?.[1];

  await page.getByRole('link', { name: 'Kembali ke Latihan Ujian' }).click();
  const history = page.getByRole('table', { name: 'Simulasi yang selesai, terbaru di atas' });
  await expect(history.getByRole('row')).toHaveCount(2);
  // One simulation is no trend yet.
  await expect(page.getByText(/^Skor per bagian dari simulasi ke simulasi/)).toBeHidden();
  await expect(page.getByRole('button', { name: 'Mulai simulasi' })).toBeVisible();

  // The readiness dashboard shows the latest simulation beside the self-assessment.
  await page.goto('./#/asesmen');
  await page.getByRole('button', { name: 'Mulai asesmen' }).click();
  await page.goto('./#/');
  await expect(page.getByTestId('simulation-knowledge')).toHaveText(
    `Simulasi ujian terakhir: ${bokPercent}`,
  );
});

test('when the time runs out the answers are handed in by themselves', async ({ page }) => {
  await page.clock.install();
  await openApp(page, '/latihan');
  await page.getByRole('button', { name: 'Mulai simulasi' }).click();
  await progress(page, 1);
  await page.keyboard.press('2');
  await page.clock.fastForward('59:00');
  await expect(page.getByRole('timer')).toHaveAccessibleName(/^Sisa waktu (41:00|40:59)$/);
  await page.clock.fastForward('41:01');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hasil simulasi');
  await expect(page.getByText('Waktu habis; jawaban dikumpulkan otomatis.')).toBeVisible();
  await expect(page.getByText('1 soal dijawab.')).toBeVisible();
});

test('an unfinished simulation is offered to resume, or to discard', async ({ page }) => {
  await openApp(page, '/latihan');
  await page.getByRole('button', { name: 'Mulai simulasi' }).click();
  await progress(page, 1);
  await page.keyboard.press('1');
  await page.getByRole('link', { name: 'Latihan Ujian' }).click();
  await expect(
    page.getByText(/1 dari 100 soal dijawab, sisa waktu 1:(40:00|39:\d\d)/),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Lanjutkan simulasi' }).click();
  await progress(page, 1);
  await expect(page.getByRole('radio').nth(0)).toBeChecked();
  await page.getByRole('link', { name: 'Latihan Ujian' }).click();
  await page.getByRole('button', { name: 'Buang simulasi ini' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Buang simulasi ini' }).click();
  await expect(page.getByRole('button', { name: 'Mulai simulasi' })).toBeVisible();
});

test('short practice gives feedback at once and brings a wrong answer back', async ({ page }) => {
  await openApp(page, '/latihan');
  await page.getByRole('link', { name: 'Buka latihan singkat' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Latihan singkat');
  await page.getByLabel('Bagian').selectOption({ label: 'Body of Values' });
  await expect(page.getByRole('status')).toHaveText(
    '0 soal siap diulang dan 45 soal baru sesuai pilihan ini.',
  );
  // A criterion narrows it further; it is named as the framework pack words it.
  const criterion = page.getByLabel('Kriteria');
  await criterion.selectOption('kompeten-default-id/BOV-02.1.1');
  await expect(criterion.locator('option:checked')).toHaveText(/^BOV-02\.1\.1 — Dapatkah saya/);
  await expect(page.getByRole('status')).toHaveText(
    '0 soal siap diulang dan 1 soal baru sesuai pilihan ini.',
  );
  await criterion.selectOption('');
  await page.getByLabel('Jumlah soal').selectOption('5');
  await page.getByRole('button', { name: 'Mulai latihan' }).click();
  await expect(page.getByText('Soal 1 dari 5', { exact: true })).toBeVisible();

  // Answer every item with A: the feedback says right or names the key, with its explanation.
  const verdicts: boolean[] = [];
  for (let i = 1; i <= 5; i += 1) {
    await expect(page.getByText(`Soal ${i} dari 5`, { exact: true })).toBeVisible();
    await page.keyboard.press('a');
    const feedback = page.getByTestId('practice-feedback');
    await expect(feedback).toBeVisible();
    verdicts.push(((await feedback.locator('.notice__title').textContent()) ?? '') === 'Benar.');
    await page.keyboard.press('n');
  }
  const right = verdicts.filter(Boolean).length;
  await expect(page.getByText(`Latihan selesai: ${right} dari 5 benar.`)).toBeVisible();

  // Wrong answers come back within minutes; right ones are not due yet.
  await page.getByRole('button', { name: 'Latihan lagi' }).click();
  await page.getByLabel('Bagian').selectOption({ label: 'Body of Values' });
  await expect(page.getByRole('status')).toHaveText(
    /^\d+ soal siap diulang dan 40 soal baru sesuai pilihan ini\.$/,
  );
  // Five minutes on: the wrong ones (due after a minute) are back, the right ones (ten) are not.
  await page.clock.install({ time: new Date(Date.now() + 5 * 60_000) });
  await page.reload();
  await page.getByLabel('Bagian').selectOption({ label: 'Body of Values' });
  await expect(page.getByRole('status')).toHaveText(
    `${5 - right} soal siap diulang dan 40 soal baru sesuai pilihan ini.`,
  );

  // The session is in the history with what was practised and how it went.
  await page.getByRole('link', { name: 'Kembali ke Latihan Ujian' }).click();
  await expect(page.getByTestId('practice-history')).toContainText(
    new RegExp(`Body of Values\\s*${right} dari 5 benar`),
  );
});

test('two finished simulations draw a trend per part', async ({ page }) => {
  test.setTimeout(60_000);
  await openApp(page, '/latihan');
  for (let run = 0; run < 2; run += 1) {
    await page.getByRole('button', { name: 'Mulai simulasi' }).click();
    await progress(page, 1);
    await page.keyboard.press(run === 0 ? '1' : '2');
    await page.getByRole('button', { name: 'Selesai dan kumpulkan' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Kumpulkan' }).click();
    await page.getByRole('link', { name: 'Kembali ke Latihan Ujian' }).click();
  }
  const trend = page.getByRole('figure');
  await expect(trend).toContainText('Skor per bagian dari simulasi ke simulasi');
  await expect(trend.locator('.recharts-line')).toHaveCount(3);
  await expect(trend.getByText('Body of Knowledge')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
