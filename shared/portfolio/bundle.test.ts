import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { readJsonFile } from '../files/read-json-file';
import { makeTestPack } from '../../test/support/pack';
import type { LoggedEntry } from '../practice/filter';
import { testPracticeEntry } from '../../test/support/entry';
import { canonicalJson } from '../signing/canonical-json';
import type { DecisionInput } from '../signoff/response';
import { signedText } from '../signoff/signable';
import {
  buildBundle,
  normaliseCode,
  PORTFOLIO_BUNDLE_FILE,
  portfolioBundleSchema,
  verificationCode,
  verifyBundle,
  type BundleReport,
  type PortfolioBundle,
} from './bundle';
import type { PortfolioData } from './data';
import { judgeBundle } from './verdict';

/** The verdict of a verifier who typed the cover code and knows every key that signed. */
const judged = (report: BundleReport) =>
  judgeBundle(report, report.code, new Set(report.signers.map((s) => s.fingerprint))).kind;
import {
  approveAll,
  makeTestSigner,
  signForReal,
  type TestSigner,
} from '../../test/support/signing';

let ani: TestSigner;
let budi: TestSigner;
beforeAll(async () => {
  ani = await makeTestSigner('sup-1', 'Ani Suryani');
  budi = await makeTestSigner('sup-2', 'Budi Santoso');
});

const signed = (
  entries: LoggedEntry[],
  decisions: (ids: string[]) => DecisionInput[],
  signer = ani,
) => signForReal(entries, signer, decisions);

const entry = (id: string, change: Partial<LoggedEntry> = {}) =>
  testPracticeEntry({
    id,
    criterionRefs: ['test-pack/U1.E1.C1'],
    supervisorId: 'sup-1',
    ...change,
  });

/** A candidate's log: two approved, one returned, one signed in person, one waiting, one not sent. */
async function practiceLog(): Promise<LoggedEntry[]> {
  const [approved1, approved2, returned] = await signed(
    [
      entry('e1', { agency: 'Dinas Sosial Kota Bandung' }),
      entry('e2', {
        date: '2026-11-03',
        agency: 'Panti Sosial Asuhan Anak',
        narrative: 'Konseling',
      }),
      entry('e3', { date: '2026-11-04', agency: 'LKSA Harapan' }),
    ],
    ([a, b, c]) => [
      { entryId: a ?? '', decision: 'approved', comment: 'Baik.' },
      { entryId: b ?? '', decision: 'approved', comment: '' },
      { entryId: c ?? '', decision: 'returned', comment: 'Jam selesai perlu dicek.' },
    ],
  );
  const inPersonEntry = entry('e4', { date: '2026-11-05', agency: 'Puskesmas Sukajadi' });
  const inPerson: LoggedEntry = {
    ...inPersonEntry,
    signoff: {
      kind: 'in-person',
      supervisorId: 'sup-1',
      supervisorName: 'Ani Suryani',
      at: '2026-11-05T09:00:00.000Z',
      drawing: 'M 10 10 L 100 50 L 200 20',
      entryText: signedText(inPersonEntry),
    },
  };
  const waitingEntry = entry('e5', { date: '2026-11-06', agency: 'Dinas Sosial Kota Cimahi' });
  const waiting: LoggedEntry = {
    ...waitingEntry,
    signoff: {
      kind: 'requested',
      requestId: crypto.randomUUID(),
      supervisorId: 'sup-1',
      candidate: { name: 'Siti Rahmawati', strNumber: '' },
      at: '2026-11-06T12:00:00.000Z',
      entryText: signedText(waitingEntry),
    },
  };
  const unsent = entry('e6', { date: '2026-11-07', agency: 'Yayasan Peduli', supervisorId: '' });
  return [approved1, approved2, returned, inPerson, waiting, unsent].map((e) => {
    if (!e) throw new Error('missing entry');
    return e;
  });
}

function portfolioData(entries: LoggedEntry[]): PortfolioData {
  const pack = makeTestPack();
  return {
    generatedAt: '2026-11-20T03:00:00.000Z',
    language: 'id',
    profile: {
      fullName: 'Siti Rahmawati',
      targetLevel: 'generalis',
      education: {
        programme: 'Kesejahteraan Sosial',
        institution: 'Poltekesos',
        graduationYear: '2020',
      },
      workplace: 'Dinas Sosial Kota Bandung',
      fieldsOfPractice: ['anak'],
      strNumber: '',
      updatedAt: '2026-11-01T00:00:00.000Z',
    },
    packKey: `${pack.id}@${pack.version}`,
    pack,
    round: {
      id: 'r1',
      number: 1,
      packKey: `${pack.id}@${pack.version}`,
      startedAt: '2026-10-01T00:00:00.000Z',
    },
    answers: [
      {
        roundId: 'r1',
        criterionId: 'U1.E1.C1',
        rubricLevel: 3,
        judgement: 'K',
        reflection: 'Saya melakukan asesmen keluarga secara mandiri.',
        updatedAt: '2026-10-02T00:00:00.000Z',
      },
    ],
    evidence: [
      {
        id: 'ev1',
        title: 'Laporan asesmen keluarga',
        date: '2026-10-15',
        type: 'L',
        description: 'Laporan yang disahkan supervisor.',
        link: '',
        vatm: { valid: true, asli: true, terkini: true, memadai: true },
        criterionRefs: ['test-pack/U1.E1.C1'],
        file: { name: 'laporan.pdf', mimeType: 'application/pdf', size: 120_000 },
        createdAt: '2026-10-15T00:00:00.000Z',
        updatedAt: '2026-10-15T00:00:00.000Z',
      },
    ],
    essays: [
      {
        promptId: 'pengetahuan-1',
        text: 'Saya memakai perspektif kekuatan.',
        updatedAt: '2026-10-20T00:00:00.000Z',
      },
    ],
    cv: [
      {
        id: 'cv1',
        section: 'work',
        order: 0,
        values: { employer: 'Dinas Sosial Kota Bandung' },
        updatedAt: '2026-10-01T00:00:00.000Z',
      },
    ],
    practice: {
      entries,
      config: { customFields: [], hiddenFields: [], targets: { totalHours: 100, minimums: [] } },
      supervisors: [
        {
          id: 'sup-1',
          name: 'Ani Suryani',
          role: 'Pekerja sosial',
          strNumber: '',
          fingerprint: ani.card.fingerprint,
        },
      ],
    },
  };
}

const encode = (text: string) => new TextEncoder().encode(text);
const readBundle = (text: string, maxBytes: number = PORTFOLIO_BUNDLE_FILE.maxBytes) =>
  readJsonFile(encode(text), portfolioBundleSchema, { maxBytes });

/** Saves the bundle as the app does, reads it back through the file schema, and verifies it. */
async function verifyFile(text: string) {
  const read = readBundle(text);
  if (!read.ok) throw new Error(JSON.stringify(read.problem));
  return verifyBundle(read.value);
}

/** A bundle's JSON, changed by `change`; with `restamp` the stated code is recomputed too. */
async function edited(
  bundle: PortfolioBundle,
  change: (data: PortfolioData) => void,
  { restamp = false } = {},
): Promise<string> {
  const copy = structuredClone(bundle);
  change(copy.data);
  if (restamp) copy.verificationCode = await verificationCode(copy.data);
  return JSON.stringify(copy);
}

const CODE = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}$/;

describe('the verification code', () => {
  it('is the first 100 bits of SHA-256 of the canonical JSON, in Crockford base32', async () => {
    const data = portfolioData(await practiceLog());
    const code = await verificationCode(data);
    expect(code).toMatch(CODE);
    // An independent computation: Node's hash, and base32 digits by BigInt division.
    const hex = createHash('sha256').update(canonicalJson(data)).digest('hex');
    let bits = BigInt(`0x${hex.slice(0, 26)}`) >> 4n;
    let expected = '';
    for (let i = 0; i < 20; i += 1) {
      expected = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'.charAt(Number(bits % 32n)) + expected;
      bits /= 32n;
    }
    expect(code.replace(/-/g, '')).toBe(expected);
  });

  it('does not depend on key order, and changes with any value', async () => {
    const data = portfolioData(await practiceLog());
    const reversed = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reversed)
        : value && typeof value === 'object'
          ? Object.fromEntries(
              Object.entries(value)
                .reverse()
                .map(([k, v]) => [k, reversed(v)]),
            )
          : value;
    const code = await verificationCode(data);
    expect(await verificationCode(reversed(data) as PortfolioData)).toBe(code);
    expect(await verificationCode({ ...data, generatedAt: '2026-11-20T03:00:01.000Z' })).not.toBe(
      code,
    );
  });

  it('reads typed codes in any case, with or without dashes and spaces', () => {
    expect(normaliseCode('k7qm-2d9f-8xwa-3pnc-5rte')).toBe('K7QM-2D9F-8XWA-3PNC-5RTE');
    expect(normaliseCode(' K7QM 2D9F 8XWA 3PNC 5RTE ')).toBe('K7QM-2D9F-8XWA-3PNC-5RTE');
    expect(normaliseCode('K7QM2D9F8XWA3PNC5RTE')).toBe('K7QM-2D9F-8XWA-3PNC-5RTE');
    // Letters that look like digits are read as the digits.
    expect(normaliseCode('K7QM-2D9F-8XWA-3PNC-5RTO')).toBe('K7QM-2D9F-8XWA-3PNC-5RT0');
    expect(normaliseCode('K7QM-2D9F-8XWA-3PNC-5RTi')).toBe('K7QM-2D9F-8XWA-3PNC-5RT1');
    expect(normaliseCode('K7QM-2D9F-8XWA-3PNC-5RT')).toBeNull();
    expect(normaliseCode('K7QM-2D9F-8XWA-3PNC-5RTU')).toBeNull();
    expect(normaliseCode('')).toBeNull();
  });
});

describe('verifying a bundle', () => {
  it('finds an untouched bundle sound, straight after building and after a round trip', async () => {
    const data = portfolioData(await practiceLog());
    const bundle = await buildBundle(data);
    expect(bundle).toMatchObject({ format: 'kompeten.portfolio-bundle', version: 1 });
    const expected = {
      codeMatches: true,
      statedCode: bundle.verificationCode,
      code: bundle.verificationCode,
      candidateName: 'Siti Rahmawati',
      generatedAt: '2026-11-20T03:00:00.000Z',
      counts: {
        valid: 2,
        invalid: 0,
        changedSinceSigning: 0,
        returned: 1,
        inPerson: 1,
        unsigned: 2,
      },
      problems: [],
      signers: [
        {
          name: 'Ani Suryani',
          fingerprint: ani.card.fingerprint,
          publicKey: ani.card.publicKey,
          signatures: 2,
          minutes: 300,
        },
      ],
      // Six entries of 2.5 hours; only the two approved and unchanged ones count as verified.
      log: {
        entries: 6,
        minutes: 900,
        verifiedMinutes: 300,
        first: '2026-11-02',
        last: '2026-11-07',
      },
    };
    expect(await verifyBundle(bundle)).toEqual(expected);
    expect(judged(expected)).toBe('verified');
    expect(await verifyFile(JSON.stringify(bundle))).toEqual(expected);
    expect(await verifyFile(JSON.stringify(bundle, null, 2))).toEqual(expected);
  });

  it('notices a change to any value of the data', async () => {
    const bundle = await buildBundle(portfolioData(await practiceLog()));
    const changes: ((data: PortfolioData) => void)[] = [
      (d) => {
        if (d.profile) d.profile.fullName = 'Siti Rahmawati, S.Tr.Sos.';
      },
      (d) => {
        d.evidence[0]!.title = 'Laporan asesmen keluarga (revisi)';
      },
      (d) => {
        d.answers[0]!.rubricLevel = 4;
      },
      (d) => {
        d.pack.title = 'Paket lain';
      },
      (d) => {
        d.practice.config.targets.totalHours = 10;
      },
      (d) => {
        d.practice.entries.pop();
      },
      (d) => {
        d.essays[0]!.text += ' ';
      },
    ];
    for (const change of changes) {
      const report = await verifyFile(await edited(bundle, change));
      expect(report.codeMatches).toBe(false);
      expect(judged(report)).toBe('problems');
      expect(report.code).not.toBe(bundle.verificationCode);
      expect(report.statedCode).toBe(bundle.verificationCode);
    }
  });

  it('hashes the data exactly as the file holds it, even keys zod would drop', async () => {
    const bundle = await buildBundle(portfolioData(await practiceLog()));
    const text = JSON.stringify(bundle).replace('"data":{', '"data":{"__proto__":{"x":1},');
    expect(await verifyFile(text)).toMatchObject({ codeMatches: false });
  });

  it('rejects forged signatures, even when the code was recomputed to match', async () => {
    const bundle = await buildBundle(portfolioData(await practiceLog()));
    const approved = (d: PortfolioData) => {
      const signoff = d.practice.entries[0]!.signoff;
      if (signoff?.kind !== 'signed') throw new Error('e1 should be signed');
      return signoff;
    };
    const returned = (d: PortfolioData) => {
      const signoff = d.practice.entries[2]!.signoff;
      if (signoff?.kind !== 'returned') throw new Error('e3 should be returned');
      return signoff;
    };
    const forgeries: [(d: PortfolioData) => void, string, string][] = [
      [(d) => void (approved(d).comment = 'Sangat baik.'), 'e1', 'bad-signature'],
      [(d) => void (approved(d).at = '2026-11-12T10:00:00.000Z'), 'e1', 'bad-signature'],
      [(d) => void (approved(d).signature = returned(d).signature), 'e1', 'bad-signature'],
      [(d) => void (approved(d).signature = 'AAAA'), 'e1', 'bad-signature'],
      [
        (d) => {
          // Turning a returned entry into an approved one.
          const signoff = returned(d);
          d.practice.entries[2]!.signoff = { ...signoff, kind: 'signed' };
        },
        'e3',
        'bad-signature',
      ],
      [
        (d) => Object.assign(approved(d), { publicKey: budi.card.publicKey }),
        'e1',
        'wrong-fingerprint',
      ],
      [
        (d) =>
          Object.assign(approved(d), {
            publicKey: budi.card.publicKey,
            fingerprint: budi.card.fingerprint,
          }),
        'e1',
        'bad-signature',
      ],
      [
        (d) => {
          // The entry and the text it claims was signed, changed together.
          const e1 = d.practice.entries[0]!;
          e1.minutes = 300;
          e1.endTime = '14:00';
          approved(d).entryText = signedText(e1);
        },
        'e1',
        'bad-signature',
      ],
      [(d) => void (approved(d).entryText = '{not json'), 'e1', 'bad-signature'],
      [(d) => void d.practice.entries.push(d.practice.entries[0]!), 'e1', 'duplicate'],
    ];
    for (const [forge, id, problem] of forgeries) {
      const report = await verifyFile(await edited(bundle, forge, { restamp: true }));
      expect(report.codeMatches).toBe(true);
      expect(judged(report)).toBe('problems');
      expect(report.counts.invalid).toBe(1);
      expect(report.problems).toEqual([expect.objectContaining({ id, problem })]);
    }
  });

  it('shows entries edited after they were signed, digitally or in person', async () => {
    const bundle = await buildBundle(portfolioData(await practiceLog()));
    const text = await edited(
      bundle,
      (d) => {
        d.practice.entries[0]!.minutes = 200;
        d.practice.entries[3]!.agency = 'Puskesmas lain';
        // A returned entry is meant to be fixed: editing it breaks nothing.
        d.practice.entries[2]!.narrative = 'Diperbaiki sesuai catatan.';
      },
      { restamp: true },
    );
    const report = await verifyFile(text);
    expect(judged(report)).toBe('problems');
    expect(report).toMatchObject({
      codeMatches: true,
      counts: { valid: 1, invalid: 0, changedSinceSigning: 2, returned: 1, inPerson: 0 },
      problems: [
        {
          id: 'e1',
          date: '2026-11-02',
          agency: 'Dinas Sosial Kota Bandung',
          supervisorName: 'Ani Suryani',
          problem: 'changed',
        },
        { id: 'e4', agency: 'Puskesmas lain', problem: 'changed' },
      ],
    });
  });

  it('refuses signed hours moved into another candidate’s portfolio', async () => {
    const bundle = await buildBundle(portfolioData(await practiceLog()));
    const text = await edited(
      bundle,
      (d) => {
        d.profile!.fullName = 'Orang Lain';
      },
      { restamp: true },
    );
    const report = await verifyFile(text);
    expect(report.codeMatches).toBe(true);
    expect(judged(report)).toBe('problems');
    expect(report.problems.map((p) => [p.id, p.problem])).toEqual([
      ['e1', 'other-candidate'],
      ['e2', 'other-candidate'],
      ['e3', 'other-candidate'],
    ]);
  });

  it('checks signatures by several supervisors over many entries', async () => {
    const many = (prefix: string, n: number) =>
      Array.from({ length: n }, (_, i) =>
        entry(`${prefix}${i}`, { date: `2026-0${1 + (i % 9)}-1${i % 10}` }),
      );
    const entries = [
      ...(await signed(many('a', 150), approveAll)),
      ...(await signed(many('b', 100), approveAll, budi)),
    ];
    const report = await verifyFile(JSON.stringify(await buildBundle(portfolioData(entries))));
    expect(report).toMatchObject({ counts: { valid: 250, invalid: 0 } });
    expect(judged(report)).toBe('verified');
    expect(report.signers).toEqual([
      expect.objectContaining({
        name: 'Ani Suryani',
        fingerprint: ani.card.fingerprint,
        signatures: 150,
      }),
      expect.objectContaining({
        name: 'Budi Santoso',
        fingerprint: budi.card.fingerprint,
        signatures: 100,
      }),
    ]);
    // Each key's hours are the hours of the entries it approved.
    const minutesOf = (prefix: string) =>
      entries.filter((e) => e.id.startsWith(prefix)).reduce((sum, e) => sum + e.minutes, 0);
    expect(report.signers.map((s) => s.minutes)).toEqual([minutesOf('a'), minutesOf('b')]);
  });
});

describe('reading a bundle file', () => {
  const problemOf = (text: string, maxBytes?: number) => {
    const read = readBundle(text, maxBytes);
    return read.ok ? null : read.problem;
  };

  it('refuses what is not a bundle, saying why', async () => {
    const good = JSON.parse(
      JSON.stringify(await buildBundle(portfolioData(await practiceLog()))),
    ) as Record<string, unknown>;
    expect(problemOf('%PDF-1.7 bukan JSON')).toMatchObject({ kind: 'not-json' });
    expect(problemOf('')).toEqual({ kind: 'empty' });
    expect(problemOf(JSON.stringify(good), 1000)).toMatchObject({ kind: 'too-large' });
    const invalid = (value: unknown) => {
      const problem = problemOf(JSON.stringify(value));
      return problem?.kind === 'invalid' ? problem.issues.map((i) => i.path) : problem;
    };
    expect(invalid({ ...good, format: 'kompeten.signoff-request' })).toEqual(['format']);
    expect(invalid({ ...good, version: 2 })).toEqual(['version']);
    expect(invalid({ ...good, verificationCode: 'K7QM-2D9F' })).toEqual(['verificationCode']);
    expect(invalid({ ...good, data: [] })).toEqual(['data']);
    expect(invalid({ ...good, extra: true })).toEqual(['']);
    expect(invalid([good])).toEqual(['']);
  });

  it('refuses entries it could not check and data nested absurdly deep', async () => {
    const good = await buildBundle(portfolioData(await practiceLog()));
    const invalid = async (change: (data: PortfolioData) => void) => {
      const problem = problemOf(await edited(good, change));
      return problem?.kind === 'invalid' ? problem.issues.map((i) => i.path) : problem;
    };
    expect(
      await invalid((d) => {
        const signoff = d.practice.entries[0]!.signoff;
        if (signoff?.kind === 'signed') signoff.signature = 'bukan base64!';
      }),
    ).toEqual(['data.practice.entries[0].signoff.signature']);
    expect(
      await invalid((d) => Object.assign(d.practice.entries[1]!, { minutes: 'banyak' })),
    ).toEqual(['data.practice.entries[1].minutes']);
    expect(
      await invalid((d) => Object.assign(d.practice.entries[1]!, { signoff: { kind: 'forged' } })),
    ).toEqual(['data.practice.entries[1].signoff.kind']);
    expect(await invalid((d) => Object.assign(d.practice, { entries: {} }))).toEqual([
      'data.practice.entries',
    ]);
    // Deep enough to overflow the stack of anything recursive, such as canonical JSON.
    const deep = `${'['.repeat(100_000)}"dasar"${']'.repeat(100_000)}`;
    const text = JSON.stringify(good).replace('"data":{', `"data":{"notes":${deep},`);
    expect(problemOf(text)).toMatchObject({ kind: 'invalid', issues: [{ path: 'data' }] });
  });
});
