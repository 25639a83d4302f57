import { beforeAll, describe, expect, it } from 'vitest';
import { testPracticeEntry } from '../../test/support/entry';
import { emptyPortfolio } from '../../test/support/portfolio';
import { makeTestSigner, signForReal, type TestSigner } from '../../test/support/signing';
import type { LoggedEntry } from '../practice/filter';
import { buildBundle, verifyBundle, type BundleReport } from './bundle';
import { judgeBundle, pdfCodeStatus } from './verdict';

const entry = (id: string, date: string) =>
  testPracticeEntry({ id, date, agency: 'Dinas Sosial Kota Bandung' });

async function reportOf(entries: LoggedEntry[]): Promise<BundleReport> {
  const data = emptyPortfolio();
  data.profile = {
    fullName: 'Siti Rahmawati',
    targetLevel: 'generalis',
    education: { programme: '', institution: '', graduationYear: '' },
    workplace: '',
    fieldsOfPractice: [],
    strNumber: '',
    updatedAt: '2026-11-01T00:00:00.000Z',
  };
  data.practice.entries = entries;
  return verifyBundle(await buildBundle(data));
}

let ani: TestSigner;
let forgedAni: TestSigner;
let budi: TestSigner;
beforeAll(async () => {
  ani = await makeTestSigner('sup-1', 'Ani Suryani');
  // The candidate's own key, made under the real supervisor's name.
  forgedAni = await makeTestSigner('sup-1', 'Ani Suryani');
  budi = await makeTestSigner('sup-2', 'Budi Santoso');
});

describe('the verdict on a portfolio', () => {
  it('is not "verified" for hours signed with a key made under a real supervisor’s name', async () => {
    const report = await reportOf(
      await signForReal([entry('e1', '2026-11-02'), entry('e2', '2026-11-03')], forgedAni),
    );
    // Every signature holds for the key inside the file …
    expect(report.counts).toMatchObject({ valid: 2, invalid: 0 });
    // … but the verifier knows only the real supervisor's key.
    const verdict = judgeBundle(report, report.code, new Set([ani.card.fingerprint]));
    expect(verdict).toEqual({
      kind: 'unknown-keys',
      unknown: [
        expect.objectContaining({
          name: 'Ani Suryani',
          fingerprint: forgedAni.card.fingerprint,
          signatures: 2,
          minutes: report.log.minutes,
        }),
      ],
    });
  });

  it('lists only the keys not known yet, and is "verified" once all are', async () => {
    const report = await reportOf([
      ...(await signForReal([entry('a1', '2026-11-02')], ani)),
      ...(await signForReal([entry('b1', '2026-11-03')], budi)),
    ]);
    const partly = judgeBundle(report, report.code, new Set([ani.card.fingerprint]));
    expect(partly.kind === 'unknown-keys' && partly.unknown.map((k) => k.name)).toEqual([
      'Budi Santoso',
    ]);
    const all = new Set([ani.card.fingerprint, budi.card.fingerprint]);
    expect(judgeBundle(report, report.code, all)).toEqual({ kind: 'verified' });
  });

  it('asks for the code from the PDF cover before it can be anything but a failure', async () => {
    const report = await reportOf(await signForReal([entry('e1', '2026-11-02')], ani));
    const known = new Set([ani.card.fingerprint]);
    expect(judgeBundle(report, '', known)).toEqual({ kind: 'needs-code' });
    expect(judgeBundle(report, 'K7QM-2D9F', known)).toEqual({ kind: 'needs-code' });
    // Typed loosely it is still the code.
    const loose = report.code.toLowerCase().replace(/-/g, ' ');
    expect(judgeBundle(report, loose, known)).toEqual({ kind: 'verified' });
  });

  it('fails, with every reason, when the cover code differs or a signature is broken', async () => {
    const report = await reportOf(await signForReal([entry('e1', '2026-11-02')], ani));
    const other = report.code.startsWith('A')
      ? `B${report.code.slice(1)}`
      : `A${report.code.slice(1)}`;
    const known = new Set([ani.card.fingerprint]);
    expect(judgeBundle(report, other, known)).toEqual({
      kind: 'problems',
      problems: ['pdf-differs'],
    });
    const broken: BundleReport = {
      ...report,
      codeMatches: false,
      counts: { ...report.counts, invalid: 1, changedSinceSigning: 2 },
    };
    // Problems come first: an unknown key or a missing code never hides them.
    expect(judgeBundle(broken, '', new Set())).toEqual({
      kind: 'problems',
      problems: ['data-changed', 'invalid', 'changed'],
    });
  });

  it('is "verified" for a portfolio with no digital signatures once the code matches', async () => {
    const report = await reportOf([entry('e1', '2026-11-02')]);
    expect(judgeBundle(report, report.code, new Set())).toEqual({ kind: 'verified' });
  });
});

describe('the code typed from the PDF cover', () => {
  it('is none, malformed, matching or different', () => {
    const code = 'K7QM-2D9F-8XWA-3PNC-5RTE';
    expect(pdfCodeStatus('  ', code)).toBe('none');
    expect(pdfCodeStatus('K7QM', code)).toBe('malformed');
    expect(pdfCodeStatus('k7qm 2d9f 8xwa 3pnc 5rte', code)).toBe('matches');
    expect(pdfCodeStatus('K7QM-2D9F-8XWA-3PNC-5RTF', code)).toBe('differs');
  });
});
