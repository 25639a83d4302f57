import type { Page } from '@playwright/test';
import { makeTestPack } from '../support/pack';
import { buildBundle, type PortfolioBundle } from '../../shared/portfolio/bundle';
import type { PortfolioData } from '../../shared/portfolio/data';
import type { LoggedEntry } from '../../shared/practice/filter';
import { testPracticeEntry } from '../support/entry';
import { makeTestSigner, signForReal } from '../support/signing';
import { expect, openApp, seriousViolations, test, uploadTo } from './fixtures';

const OPEN = 'Buka berkas data portofolio';
const FILE_NAME = 'Siti Rahmawati.kompeten-portofolio';

/** Two entries signed by a supervisor's real key, as the candidate's app would hold them. */
async function signedEntries(): Promise<LoggedEntry[]> {
  const entries = [
    testPracticeEntry({ id: 'e1', agency: 'Dinas Sosial Kota Bandung', supervisorId: 'sup-1' }),
    testPracticeEntry({
      id: 'e2',
      date: '2026-11-03',
      agency: 'Panti Sosial Asuhan Anak',
      supervisorId: 'sup-1',
    }),
  ];
  return signForReal(entries, await makeTestSigner('sup-1', 'Ani Suryani'));
}

async function portfolioBundle(): Promise<PortfolioBundle> {
  const pack = makeTestPack();
  const data: PortfolioData = {
    generatedAt: '2026-11-20T03:00:00.000Z',
    language: 'id',
    profile: {
      fullName: 'Siti Rahmawati',
      targetLevel: 'generalis',
      education: { programme: '', institution: '', graduationYear: '' },
      workplace: 'Dinas Sosial Kota Bandung',
      fieldsOfPractice: ['anak'],
      strNumber: '',
      updatedAt: '2026-11-01T00:00:00.000Z',
    },
    packKey: `${pack.id}@${pack.version}`,
    pack,
    round: null,
    answers: [],
    evidence: [
      {
        id: 'ev1',
        title: 'Laporan asesmen keluarga',
        date: '2026-10-15',
        type: 'L',
        description: '',
        link: '',
        vatm: { valid: true, asli: true, terkini: true, memadai: true },
        criterionRefs: [],
        createdAt: '2026-10-15T00:00:00.000Z',
        updatedAt: '2026-10-15T00:00:00.000Z',
      },
    ],
    essays: [],
    cv: [],
    practice: {
      entries: [
        ...(await signedEntries()),
        testPracticeEntry({ id: 'e3', date: '2026-11-04', agency: 'Yayasan Peduli' }),
      ],
      config: { customFields: [], hiddenFields: [], targets: { totalHours: 100, minimums: [] } },
      supervisors: [],
    },
  };
  return buildBundle(data);
}

const verdict = (page: Page) => page.locator('.verdict');
const count = (page: Page, label: string) =>
  page.locator('.verify-counts .facts__row').filter({ hasText: label }).locator('dd');

test('Verifikasi Portofolio: a sound bundle, the code on the PDF, altered data and a bad file', async ({
  page,
}) => {
  const bundle = await portfolioBundle();
  const text = JSON.stringify(bundle);
  await openApp(page, '/portofolio/verifikasi');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Verifikasi Portofolio');

  // The file as exported: its data matches its own code and both signatures hold.
  await uploadTo(page, OPEN, FILE_NAME, text);
  await expect(
    page.getByRole('status').filter({ hasText: 'Portofolio terverifikasi' }),
  ).toBeVisible();
  await expect(
    page.getByText('Data cocok dengan kode yang tertulis di berkas: tidak diubah sejak diekspor.'),
  ).toBeVisible();
  await expect(page.locator('.verify-code')).toHaveText(bundle.verificationCode);
  await expect(page.getByText('Siti Rahmawati', { exact: true })).toBeVisible();
  await expect(count(page, 'Tanda tangan digital sah')).toHaveText('2');
  await expect(count(page, 'Tanda tangan tidak sah')).toHaveText('0');
  await expect(count(page, 'Belum ditandatangani')).toHaveText('1');
  await expect(page.getByText('Ani Suryani')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // The code from the cover, typed loosely, matches; a wrong one does not.
  const cover = page.getByLabel('Kode di sampul PDF');
  await cover.fill(bundle.verificationCode.toLowerCase().replace(/-/g, ' '));
  await expect(page.getByText('Data cocok dengan kode di sampul PDF.')).toBeVisible();
  await expect(verdict(page)).toHaveAttribute('role', 'status');
  const wrong = bundle.verificationCode.startsWith('A')
    ? `B${bundle.verificationCode.slice(1)}`
    : `A${bundle.verificationCode.slice(1)}`;
  await cover.fill(wrong);
  await expect(page.getByRole('alert')).toContainText(
    'Data dalam berkas tidak cocok dengan kode di sampul PDF.',
  );
  await expect(
    page.getByText(`Data tidak cocok dengan kode di sampul PDF (${wrong})`, { exact: false }),
  ).toBeVisible();
  await cover.fill('K7QM-2D9F');
  await cover.blur();
  await expect(
    page.getByText(
      'Kode verifikasi terdiri dari 20 huruf dan angka. Periksa kembali ketikan Anda.',
    ),
  ).toBeVisible();
  await cover.fill(bundle.verificationCode);

  // One value changed in the file: the data no longer matches the code it states, nor the cover.
  const altered = text.replace('Laporan asesmen keluarga', 'Laporan asesmen keluarga (revisi)');
  expect(altered).not.toBe(text);
  await uploadTo(page, OPEN, FILE_NAME, altered);
  await expect(page.getByRole('alert')).toContainText(
    'Data dalam berkas telah diubah setelah diekspor.',
  );
  await expect(page.getByRole('alert')).toContainText(
    'Data dalam berkas tidak cocok dengan kode di sampul PDF.',
  );
  await expect(
    page.getByText(
      `Data tidak cocok dengan kode yang tertulis di berkas (${bundle.verificationCode})`,
      { exact: false },
    ),
  ).toBeVisible();

  // A comment changed after signing, with the code recomputed to hide it: the signature says so.
  const forged = structuredClone(bundle);
  const first = forged.data.practice.entries[0];
  if (first?.signoff?.kind !== 'signed') throw new Error('e1 should be signed');
  first.signoff.comment = 'Sangat baik.';
  const restamped = await buildBundle(forged.data);
  await cover.fill('');
  await uploadTo(page, OPEN, FILE_NAME, JSON.stringify(restamped));
  await expect(page.getByRole('alert')).toContainText('1 tanda tangan tidak sah.');
  await expect(count(page, 'Tanda tangan tidak sah')).toHaveText('1');
  await expect(
    page.getByRole('row').filter({ hasText: 'Dinas Sosial Kota Bandung' }),
  ).toContainText('Tanda tangan tidak cocok dengan isi entri atau keputusannya');

  // Not a data file at all.
  await uploadTo(page, OPEN, 'portofolio.kompeten-portofolio', '%PDF-1.7 ini bukan berkas data');
  await expect(page.getByRole('alert')).toContainText('bukan JSON yang sah');
  await expect(page.getByRole('heading', { name: 'Hasil pemeriksaan' })).toBeHidden();
});
