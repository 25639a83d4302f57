import type { Page } from '@playwright/test';
import { makeTestPack } from '../support/pack';
import { buildBundle, type PortfolioBundle } from '../../shared/portfolio/bundle';
import type { PortfolioData } from '../../shared/portfolio/data';
import type { LoggedEntry } from '../../shared/practice/filter';
import { testPracticeEntry } from '../support/entry';
import { makeTestSigner, signForReal, type TestSigner } from '../support/signing';
import { expect, openApp, seriousViolations, test, uploadTo } from './fixtures';

const OPEN = 'Buka berkas data portofolio';
const FILE_NAME = 'Siti Rahmawati.kompeten-portofolio';

/** Two entries signed by a supervisor's real key, as the candidate's app would hold them. */
async function signedEntries(signer?: TestSigner): Promise<LoggedEntry[]> {
  const entries = [
    testPracticeEntry({ id: 'e1', agency: 'Dinas Sosial Kota Bandung', supervisorId: 'sup-1' }),
    testPracticeEntry({
      id: 'e2',
      date: '2026-11-03',
      agency: 'Panti Sosial Asuhan Anak',
      supervisorId: 'sup-1',
    }),
  ];
  return signForReal(entries, signer ?? (await makeTestSigner('sup-1', 'Ani Suryani')));
}

async function portfolioBundle(signer?: TestSigner): Promise<PortfolioBundle> {
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
        ...(await signedEntries(signer)),
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

  // The file as exported: its data matches its own code and both signatures hold, but only the
  // code on the PDF cover proves the file belongs to that PDF.
  await uploadTo(page, OPEN, FILE_NAME, text);
  await expect(verdict(page)).toContainText('Verifikasi belum selesai: ketik kode dari sampul PDF');
  await expect(verdict(page)).toHaveAttribute('role', 'status');
  await expect(
    page.getByText('Data cocok dengan kode yang tertulis di berkas: tidak diubah sejak diekspor.'),
  ).toBeVisible();
  await expect(page.locator('.verify-code')).toHaveText(bundle.verificationCode);
  await expect(page.getByText('Siti Rahmawati', { exact: true })).toBeVisible();
  await expect(count(page, 'Tanda tangan digital sah')).toHaveText('2');
  await expect(count(page, 'Tanda tangan tidak sah')).toHaveText('0');
  await expect(count(page, 'Belum ditandatangani')).toHaveText('1');
  const signer = page.locator('.verify-signer').filter({ hasText: 'Ani Suryani' });
  await expect(signer).toContainText('2 tanda tangan sah');
  expect(await seriousViolations(page)).toEqual([]);

  // The code from the cover, typed loosely, matches; a wrong one does not.
  const cover = page.getByLabel('Kode di sampul PDF');
  await cover.fill(bundle.verificationCode.toLowerCase().replace(/-/g, ' '));
  await expect(page.getByText('Data cocok dengan kode di sampul PDF.')).toBeVisible();
  // The key inside the file is not known to this verifier yet: valid for that key, no more.
  await expect(verdict(page)).toContainText('Tanda tangan sah untuk kunci di dalam berkas ini');
  await expect(verdict(page)).toContainText('1 kunci penanda tangan belum dikenal');
  await expect(signer).toContainText('Belum dikenal');

  // Compared with the supervisor's key card, the key is marked known: now it verifies.
  await signer.getByRole('button', { name: /Tandai kunci Ani Suryani .* dikenal/ }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Portofolio terverifikasi' }),
  ).toBeVisible();
  await expect(signer).toContainText('Dikenal');
  await expect(page.getByText('Kunci Ani Suryani ditandai dikenal')).toBeVisible();
  // Undone, it is unknown again; marked again, known again.
  await page.getByRole('button', { name: 'Urungkan' }).click();
  await expect(verdict(page)).toContainText('belum dikenal');
  await signer.getByRole('button', { name: /Tandai kunci Ani Suryani/ }).click();
  await expect(verdict(page)).toContainText('Portofolio terverifikasi');
  expect(await seriousViolations(page)).toEqual([]);
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

  // The candidate's own key, made under the supervisor's name: not the key the verifier knows.
  const forgedKey = await portfolioBundle(await makeTestSigner('sup-1', 'Ani Suryani'));
  await cover.fill(forgedKey.verificationCode);
  await uploadTo(page, OPEN, FILE_NAME, JSON.stringify(forgedKey));
  await expect(verdict(page)).toContainText('Tanda tangan sah untuk kunci di dalam berkas ini');
  await expect(verdict(page)).not.toContainText('Portofolio terverifikasi');
  await expect(signer).toContainText('Belum dikenal');

  // The known key is remembered: the first file, opened again later, still verifies.
  await page.reload();
  await page.getByLabel('Kode di sampul PDF').fill(bundle.verificationCode);
  await uploadTo(page, OPEN, FILE_NAME, text);
  await expect(verdict(page)).toContainText('Portofolio terverifikasi');

  // Not a data file at all.
  await uploadTo(page, OPEN, 'portofolio.kompeten-portofolio', '%PDF-1.7 ini bukan berkas data');
  await expect(page.getByRole('alert')).toContainText('bukan JSON yang sah');
  await expect(page.getByRole('heading', { name: 'Hasil pemeriksaan' })).toBeHidden();
});
