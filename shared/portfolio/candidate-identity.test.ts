import { beforeAll, describe, expect, it } from 'vitest';
import { testPracticeEntry } from '../../test/support/entry';
import { emptyPortfolio } from '../../test/support/portfolio';
import {
  approveAll,
  makeTestSigner,
  signForReal,
  type TestSigner,
} from '../../test/support/signing';
import type { LoggedEntry } from '../practice/filter';
import type { Candidate } from '../signoff/state';
import { buildBundle, verifyBundle } from './bundle';

/**
 * Issue 24, point 5: signatures bind the candidate's stable identity, not their name, so an
 * honest change of name keeps them valid; signatures made under the older, name-bound rules
 * keep verifying as they were made.
 */
const SITI_ID = '7d0f3c1e-2b4a-4c5d-9e8f-0a1b2c3d4e5f';
const OTHER_ID = '1c2d3e4f-5a6b-4c7d-8e9f-a0b1c2d3e4f5';

let ani: TestSigner;
beforeAll(async () => {
  ani = await makeTestSigner('sup-1', 'Ani Suryani');
});

const log = () =>
  Array.from({ length: 5 }, (_, i) =>
    testPracticeEntry({ id: `e${i}`, date: `2026-11-0${i + 1}`, supervisorId: 'sup-1' }),
  );

async function reportFor(
  entries: LoggedEntry[],
  profile: { fullName: string; candidateId?: string },
) {
  const data = emptyPortfolio();
  data.profile = {
    targetLevel: 'generalis',
    education: { programme: '', institution: '', graduationYear: '' },
    workplace: '',
    fieldsOfPractice: [],
    strNumber: '',
    updatedAt: '2026-11-20T00:00:00.000Z',
    ...profile,
  };
  data.practice.entries = entries;
  return verifyBundle(await buildBundle(data));
}

const signedFor = (candidate: Candidate) => signForReal(log(), ani, approveAll, candidate);

describe('signatures and the candidate’s name', () => {
  it('stay valid when the candidate adds a title after signing', async () => {
    const entries = await signedFor({ name: 'Siti Rahmawati', strNumber: '', id: SITI_ID });
    const report = await reportFor(entries, {
      fullName: 'Siti Rahmawati, S.Sos.',
      candidateId: SITI_ID,
    });
    expect(report.counts).toMatchObject({ valid: 5, invalid: 0 });
    expect(report.problems).toEqual([]);
  });

  it('do not count in another candidate’s portfolio, whatever its name says', async () => {
    const entries = await signedFor({ name: 'Siti Rahmawati', strNumber: '', id: SITI_ID });
    const report = await reportFor(entries, { fullName: 'Siti Rahmawati', candidateId: OTHER_ID });
    expect(report.counts.valid).toBe(0);
    expect(new Set(report.problems.map((p) => p.problem))).toEqual(new Set(['other-candidate']));
  });

  it('cannot be moved to the name-bound rules by taking the id off', async () => {
    const entries = await signedFor({ name: 'Siti Rahmawati', strNumber: '', id: SITI_ID });
    for (const entry of entries) {
      if (entry.signoff?.kind === 'signed') delete entry.signoff.candidate.id;
    }
    const report = await reportFor(entries, { fullName: 'Siti Rahmawati' });
    expect(report.counts).toMatchObject({ valid: 0, invalid: 5 });
  });

  it('made before candidates had an id keep verifying under the rules they were made with', async () => {
    const entries = await signedFor({ name: 'Siti Rahmawati', strNumber: '' });
    // The profile has an id by now; the old signatures bind the name, which still matches.
    const same = await reportFor(entries, { fullName: 'Siti Rahmawati', candidateId: SITI_ID });
    expect(same.counts).toMatchObject({ valid: 5, invalid: 0 });
    // Under those rules the name is what they bind: renamed, they no longer name this candidate.
    const renamed = await reportFor(entries, {
      fullName: 'Siti Rahmawati, S.Sos.',
      candidateId: SITI_ID,
    });
    expect(renamed.counts.valid).toBe(0);
  });
});
