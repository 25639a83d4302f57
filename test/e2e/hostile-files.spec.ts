import fileProblems from '../../renderer/src/i18n/id/file-problems';
import { writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { OWN_FILE_TYPES } from '../../shared/files/own-file-types';
import { JSON_FORMATS, type JsonKindId } from '../../shared/files/json-formats';
import { craftBackup } from '../support/snapshot';
import { expect, openApp, storedCounts, test } from './fixtures';

/**
 * Hostile files never freeze the page: each is opened through the screen that takes it, and from
 * the moment it is chosen until its problem is shown no task on the page's main thread may take
 * longer than this. Reading runs in a worker; these files are what the page would choke on if
 * it did not (JSON.parse and zod alone take 0.2–2 s for most of them).
 */
const LONGEST_TASK_MS = 200;

/** Long tasks as the page reports them, and when a file was last chosen. */
interface Watch {
  longTasks: { start: number; duration: number }[];
  chosenAt: number | null;
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const watch: Watch = { longTasks: [], chosenAt: null };
    (window as unknown as { __watch: Watch }).__watch = watch;
    new PerformanceObserver((list) => {
      for (const task of list.getEntries())
        watch.longTasks.push({ start: task.startTime, duration: task.duration });
    }).observe({ type: 'longtask', buffered: true });
    // The app's file input fires `change` once the file is chosen; this runs before its handler.
    document.addEventListener(
      'change',
      (event) => {
        if (event.target instanceof HTMLInputElement && event.target.type === 'file')
          watch.chosenAt = performance.now();
      },
      true,
    );
  });
});

// --- Hostile files --------------------------------------------------------------------------

const emptyObjects = (count: number) => `[${'{},'.repeat(count - 1)}{}]`;
/**
 * Size limits (FILE_KINDS' maxBytes; importing file-kinds here would bring papaparse, which
 * Playwright's loader cannot read).
 */
const maxBytes = (kind: JsonKindId) =>
  kind === 'pack'
    ? 5 * 1024 * 1024
    : kind === 'bank'
      ? 40 * 1024 * 1024
      : OWN_FILE_TYPES[kind].maxBytes;

/** `[0,0,…]`: the largest array the kind's size limit lets in, at most 3,000,000 elements. */
const zeros = (kind: JsonKindId) => {
  const count = Math.min(3_000_000, Math.floor((maxBytes(kind) - 1) / 2));
  return { count, text: `[${'0,'.repeat(count - 1)}0]` };
};
const manyKeys = (count: number) =>
  `{${Array.from({ length: count }, (_, i) => `"k${i}":0`).join(',')}}`;

/** How a Kompeten file of `kind` names itself: the start of a file that passes that check. */
const named = (kind: JsonKindId) => {
  const { format, versionField, version } = JSON_FORMATS[kind];
  return `"format":"${format}","${versionField}":${version}`;
};

/** What a refused file of each kind is called in the message: the catalogue's own words. */
const KIND_WORDS = fileProblems.kinds;

const refused = (name: string, kind: keyof typeof KIND_WORDS) =>
  `Berkas "${name}" tidak diterima karena isinya tidak sesuai format ${KIND_WORDS[kind]}.`;
/** zod's words, in the UI language: the worker speaks it too. */
const NOT_AN_OBJECT = '(seluruh berkas): Input tidak valid: diharapkan object, diterima array';
const STOPPED = 'pemeriksaan dihentikan setelah 20 butir';

/** A backup the app could have written, but whose data.json holds `rows` empty practice entries. */
const hostileBackup = (rows: number) =>
  craftBackup({
    data: new TextEncoder().encode(
      `{"tables":{"practiceEntries":${emptyObjects(rows)}},"files":[]}`,
    ),
  });

// --- Helpers --------------------------------------------------------------------------------

/** Lets the page finish what it started on its own (loading its data, first renders). */
const settle = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const idle = (then: () => void) => requestIdleCallback(then, { timeout: 1_000 });
        idle(() => idle(resolve));
      }),
  );

interface Hostile {
  name: string;
  content: string | Uint8Array;
  /** Each is expected in the message, in this order's sense: all of them, anywhere in it. */
  says: string[];
}

/**
 * Chooses `file` with the button named `button`, waits for its problem, and checks that the page
 * stayed responsive meanwhile and that nothing was stored. The file goes in by path, as a user's
 * would: a buffer would be decoded by Playwright's own script on the page, a long task of its own.
 */
async function openHostile(page: Page, button: string, file: Hostile): Promise<number> {
  const path = test.info().outputPath(file.name);
  await writeFile(path, file.content);
  await settle(page);
  const before = await storedCounts(page);
  await page.evaluate(() => ((window as unknown as { __watch: Watch }).__watch.chosenAt = null));

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button, exact: true }).click();
  await (await chooser).setFiles(path);
  for (const text of file.says) {
    await expect(page.getByText(text, { exact: false }).first()).toBeVisible({ timeout: 30_000 });
  }

  const { chosenAt, durations } = await page.evaluate(() => {
    const watch = (window as unknown as { __watch: Watch }).__watch;
    const from = watch.chosenAt ?? Infinity;
    return {
      chosenAt: watch.chosenAt,
      durations: watch.longTasks
        .filter((task) => task.start + task.duration > from)
        .map((task) => Math.round(task.duration)),
    };
  });
  expect(chosenAt, 'the file input fired no change event').not.toBeNull();
  const longest = Math.max(0, ...durations);
  test
    .info()
    .annotations.push({ type: 'longest task', description: `${file.name}: ${longest} ms` });
  // Soft: every file of a test is measured, and reported, even when one of them fails.
  expect
    .soft(longest, `longest task while ${file.name} was read`)
    .toBeLessThanOrEqual(LONGEST_TASK_MS);
  await expect(page.getByText('Terjadi kesalahan tak terduga')).toHaveCount(0);
  expect(await storedCounts(page), 'nothing is stored').toEqual(before);
  return longest;
}

/** Closes the dialog a refused file opened, if any. */
async function closeDialog(page: Page) {
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

// --- One screen each ------------------------------------------------------------------------

test('framework packs: 30,000 empty units, a huge array', async ({ page }) => {
  await openApp(page, '/kerangka');
  await openHostile(page, 'Impor paket (.json)', {
    name: 'unit-kosong.json',
    content: `{${named('pack')},"units":${emptyObjects(30_000)}}`,
    says: [refused('unit-kosong.json', 'pack'), 'Terlalu besar: diharapkan array memiliki <=500'],
  });
  const array = zeros('pack');
  expect(array.count).toBeGreaterThan(2_500_000);
  await openHostile(page, 'Impor paket (.json)', {
    name: 'larik-paket.json',
    content: array.text,
    says: [refused('larik-paket.json', 'pack'), NOT_AN_OBJECT],
  });
});

test('question banks: 20,000 empty items, 1,000,000 empty sources, a huge array', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await openApp(page, '/latihan');
  await openHostile(page, 'Impor bank soal (.json)', {
    name: 'soal-kosong.json',
    content: `{${named('bank')},"items":${emptyObjects(20_000)}}`,
    says: [refused('soal-kosong.json', 'bank'), STOPPED],
  });
  await openHostile(page, 'Impor bank soal (.json)', {
    name: 'sumber-kosong.json',
    content: `{${named('bank')},"sources":${emptyObjects(1_000_000)},"items":[]}`,
    says: [refused('sumber-kosong.json', 'bank')],
  });
  await openHostile(page, 'Impor bank soal (.json)', {
    name: 'larik-bank.json',
    content: zeros('bank').text,
    says: [refused('larik-bank.json', 'bank'), NOT_AN_OBJECT],
  });
});

test('portfolio bundles: 20,000 empty entries, a huge array', async ({ page }) => {
  await openApp(page, '/portofolio/verifikasi');
  const open = 'Buka berkas data portofolio';
  await openHostile(page, open, {
    name: 'entri-kosong.kompeten-portofolio',
    content: `{${named('portfolioBundle')},"data":{"practice":{"entries":${emptyObjects(20_000)}}}}`,
    says: [refused('entri-kosong.kompeten-portofolio', 'portfolioBundle'), STOPPED],
  });
  await openHostile(page, open, {
    name: 'larik.kompeten-portofolio',
    content: zeros('portfolioBundle').text,
    says: [refused('larik.kompeten-portofolio', 'portfolioBundle'), NOT_AN_OBJECT],
  });
});

test('supervisor mode: key backups, then requests flooded with entries or keys', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await openApp(page, '/praktik/mode-supervisor');
  await openHostile(page, 'Pilih berkas cadangan', {
    name: 'kunci-banyak.kompeten-kunci',
    content: `{${named('keyBackup')},"supervisor":${manyKeys(1_000_000)}}`,
    says: [refused('kunci-banyak.kompeten-kunci', 'keyBackup'), 'Kunci tidak dikenali'],
  });
  await openHostile(page, 'Pilih berkas cadangan', {
    name: 'larik.kompeten-kunci',
    content: zeros('keyBackup').text,
    says: [refused('larik.kompeten-kunci', 'keyBackup'), NOT_AN_OBJECT],
  });

  // Requests are opened once a key exists.
  await page.getByLabel('Nama lengkap').fill('Ani Suryani');
  await page.getByLabel(/^Frasa sandi( \*)?$/).fill('kopi pagi di teras rumah');
  await page.getByLabel('Ulangi frasa sandi').fill('kopi pagi di teras rumah');
  await page.getByRole('button', { name: 'Buat kunci' }).click();
  await expect(page.locator('.fingerprint').first()).toBeVisible({ timeout: 20_000 });

  await openHostile(page, 'Buka permintaan', {
    name: 'entri-kosong.kompeten-permintaan',
    content: `{${named('request')},"entries":${emptyObjects(1_000_000)}}`,
    says: [refused('entri-kosong.kompeten-permintaan', 'request')],
  });
  await openHostile(page, 'Buka permintaan', {
    name: 'larik.kompeten-permintaan',
    content: zeros('request').text,
    says: [refused('larik.kompeten-permintaan', 'request'), NOT_AN_OBJECT],
  });
  await expect(page.getByRole('heading', { name: /^Permintaan dari/ })).toHaveCount(0);
});

test('the candidate: responses and key cards, flooded or a huge array', async ({ page }) => {
  test.setTimeout(90_000);
  await openApp(page, '/praktik');
  const response = 'Impor jawaban supervisor';
  await openHostile(page, response, {
    name: 'keputusan-kosong.kompeten-jawaban',
    content: `{${named('response')},"decisions":${emptyObjects(1_000_000)}}`,
    says: [refused('keputusan-kosong.kompeten-jawaban', 'response')],
  });
  await closeDialog(page);
  await openHostile(page, response, {
    name: 'larik.kompeten-jawaban',
    content: zeros('response').text,
    says: [refused('larik.kompeten-jawaban', 'response'), NOT_AN_OBJECT],
  });
  await closeDialog(page);

  await openApp(page, '/praktik/supervisor');
  const card = 'Tambah dari kartu kunci publik';
  await openHostile(page, card, {
    name: 'kunci-banyak.kompeten-kunci-publik',
    content: `{${named('keyCard')},"supervisor":${manyKeys(1_000_000)}}`,
    says: [refused('kunci-banyak.kompeten-kunci-publik', 'keyCard'), 'Kunci tidak dikenali'],
  });
  await closeDialog(page);
  await openHostile(page, card, {
    name: 'larik.kompeten-kunci-publik',
    content: zeros('keyCard').text,
    says: [refused('larik.kompeten-kunci-publik', 'keyCard'), NOT_AN_OBJECT],
  });
});

test('a practice-log CSV with 10,000 columns', async ({ page }) => {
  await openApp(page, '/praktik');
  const header = Array.from({ length: 10_000 }, (_, i) => `kolom${i}`).join(';');
  await openHostile(page, 'Impor CSV', {
    name: 'kolom.csv',
    // As large as a CSV may be: 450 rows of 10,000 cells, 9 MB.
    content: `${header}\n${`${'x;'.repeat(9_999)}x\n`.repeat(450)}`,
    says: ['Berkas "kolom.csv" tidak punya kolom: tanggal'],
  });
});

test('backups whose data.json holds a huge array of empty rows', async ({ page }) => {
  test.setTimeout(60_000);
  await openApp(page, '/data');
  const choose = 'Pilih berkas cadangan…';
  // Over the row limit: refused by its length.
  await openHostile(page, choose, {
    name: 'besar.kompeten-cadangan',
    content: await hostileBackup(3_000_000),
    says: [refused('besar.kompeten-cadangan', 'backup')],
  });
  await page.getByRole('button', { name: 'Tutup' }).click();
  // Within it: every row is checked, for seconds, in the worker.
  await openHostile(page, choose, {
    name: 'sedang.kompeten-cadangan',
    content: await hostileBackup(20_000),
    says: [refused('sedang.kompeten-cadangan', 'backup')],
  });
  await page.getByRole('button', { name: 'Tutup' }).click();
  // 128 MB of junk: moved to the worker, not copied (a copy costs the page ~1 ms per MB). Larger
  // files are not tried: Chromium's own File.arrayBuffer() takes ~0.4 ms per MB on the page.
  await openHostile(page, choose, {
    name: 'sampah.kompeten-cadangan',
    content: new Uint8Array(128 * 1024 * 1024).fill(0x20),
    says: ['"sampah.kompeten-cadangan" bukan cadangan Kompeten'],
  });
});

test('a decode worker that fails refuses the file instead of leaving the page waiting', async ({
  page,
}) => {
  await page.route(/decode\.worker-[^/]*\.js$/, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: 'throw new Error("kaput");' }),
  );
  await openApp(page, '/kerangka');
  await openHostile(page, 'Impor paket (.json)', {
    name: 'paket.json',
    content: `{${named('pack')},"units":[]}`,
    says: [refused('paket.json', 'pack'), 'pemeriksaan berkas terhenti sebelum selesai', 'kaput'],
  });
});
