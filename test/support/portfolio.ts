import {
  EVIDENCE_TYPES,
  JUDGEMENTS,
  type Answer,
  type Evidence,
} from '../../shared/assessment/assessment';
import { DEFAULT_FIELDS_OF_PRACTICE } from '../../shared/domain/fields-of-practice';
import { LEVELS } from '../../shared/domain/levels';
import { HELPING_STAGES, PRACTICE_FORMS, PRACTICE_LEVELS } from '../../shared/domain/vocabularies';
import { makeTestPack } from './pack';
import { DEFAULT_PRACTICE_CONFIG } from '../../shared/practice/config';
import { ACTIVITY_KINDS, type PracticeEntry } from '../../shared/practice/entry';
import type { LoggedEntry } from '../../shared/practice/filter';
import { testPracticeEntry } from './entry';
import { PRACTICE_DIMENSIONS } from '../../shared/practice/totals';
import { signedText } from '../../shared/signoff/signable';
import { SIGNOFF_STATES, type Signoff } from '../../shared/signoff/state';
import { CV_CHOICES, CV_FIELD_KEYS, CV_SECTION_IDS, type CvEntry } from '../../shared/portfolio/cv';
import type { PortfolioData } from '../../shared/portfolio/data';
import { ESSAY_DOMAINS, type Essay } from '../../shared/portfolio/self-description';
import type { PortfolioPdfVocab } from '../../shared/portfolio/pdf/words';

/**
 * Portfolios for tests: empty, typical (Siti Rahmawati, a generalist) and large. Labels of
 * stored ids are the ids themselves with a tag, so a test can tell which vocabulary was used.
 */

const labels = <K extends string>(ids: readonly K[], tag: string) =>
  Object.fromEntries(ids.map((id) => [id, `${tag}${id}`])) as Record<K, string>;

export function testVocab(tag = ''): PortfolioPdfVocab {
  return {
    levels: labels(LEVELS, tag),
    fields: labels(DEFAULT_FIELDS_OF_PRACTICE, tag),
    practiceLevels: labels(PRACTICE_LEVELS, tag),
    practiceForms: labels(PRACTICE_FORMS, tag),
    stages: labels(HELPING_STAGES, tag),
    activityKinds: labels(ACTIVITY_KINDS, tag),
    dimensions: labels(PRACTICE_DIMENSIONS, tag),
    signoffStates: labels(SIGNOFF_STATES, tag),
    evidenceTypes: labels(EVIDENCE_TYPES, tag),
    judgements: labels(JUDGEMENTS, ''),
    essayDomains: labels(ESSAY_DOMAINS, tag),
    packStatus: labels(['official', 'unofficial-rendering'], tag),
    cv: {
      sections: labels(CV_SECTION_IDS, tag),
      fields: labels(CV_FIELD_KEYS, tag),
      choices: {
        educationLevel: labels(CV_CHOICES.educationLevel, tag),
        practiceSetting: labels(CV_CHOICES.practiceSetting, tag),
        trainingKind: labels(CV_CHOICES.trainingKind, tag),
        seminarRole: labels(CV_CHOICES.seminarRole, tag),
        researchRole: labels(CV_CHOICES.researchRole, tag),
        publicationKind: labels(CV_CHOICES.publicationKind, tag),
      },
      ongoing: `{{start}}–${tag}now`,
      hours: `{{hours}} ${tag}h`,
    },
  };
}

const AT = '2026-11-23T03:00:00.000Z';
export const FINGERPRINT = 'A1B2 C3D4 E5F6 0718 293A 4B5C 6D7E 8F90';

export function emptyPortfolio(): PortfolioData {
  return {
    generatedAt: AT,
    language: 'id',
    profile: null,
    packKey: 'test-pack@1.0',
    pack: makeTestPack(),
    round: null,
    answers: [],
    evidence: [],
    essays: [],
    cv: [],
    practice: { entries: [], config: DEFAULT_PRACTICE_CONFIG, supervisors: [] },
  };
}

export function testEvidence(change: Partial<Evidence> = {}): Evidence {
  return {
    id: 'ev1',
    title: 'Laporan asesmen keluarga',
    date: '2026-10-05',
    type: 'TL',
    description: '',
    link: '',
    vatm: { valid: true, asli: true, terkini: true, memadai: true },
    criterionRefs: [],
    createdAt: AT,
    updatedAt: AT,
    ...change,
  };
}

const answer = (criterionId: string, change: Partial<Answer>): Answer => ({
  roundId: 'r1',
  criterionId,
  reflection: '',
  updatedAt: AT,
  ...change,
});

const CANDIDATE = { name: 'Siti Rahmawati', strNumber: '' };

/** An entry with a sign-off; `valid: false` signs other text, as if the entry changed later. */
export function signed(
  entry: PracticeEntry,
  kind: 'signed' | 'returned' | 'in-person' | 'requested',
  valid = true,
): LoggedEntry {
  const entryText = valid
    ? signedText(entry)
    : signedText({ ...entry, minutes: entry.minutes + 30 });
  const at = '2026-11-10T05:00:00.000Z';
  const signoff: Signoff =
    kind === 'in-person'
      ? {
          kind,
          supervisorId: 'sup-2',
          supervisorName: 'Budi Santoso',
          at,
          drawing: 'M 0 0 L 10 10',
          entryText,
        }
      : kind === 'requested'
        ? { kind, requestId: 'q1', supervisorId: 'sup-1', candidate: CANDIDATE, at, entryText }
        : {
            kind,
            requestId: 'q1',
            candidate: CANDIDATE,
            supervisorId: 'sup-1',
            supervisorName: 'Dra. Ani Suryani, M.Si.',
            fingerprint: FINGERPRINT,
            publicKey: 'key',
            at,
            comment: kind === 'returned' ? 'Jamnya tidak sesuai daftar hadir.' : '',
            signature: 'sig',
            entryText,
          };
  return { ...entry, signoff };
}

const words = (count: number) =>
  Array.from({ length: count }, (_, i) => (i % 12 === 0 ? 'klien' : 'pendampingan')).join(' ');

export function typicalPortfolio(): PortfolioData {
  const base = emptyPortfolio();
  const entry = (id: string, change: Partial<PracticeEntry>) =>
    testPracticeEntry({ id, ...change });
  const cv = (
    id: string,
    section: CvEntry['section'],
    order: number,
    values: Record<string, string>,
  ): CvEntry => ({
    id,
    section,
    order,
    values,
    updatedAt: AT,
  });
  const essay = (promptId: string, text: string, customPrompt?: string): Essay => ({
    promptId,
    text,
    updatedAt: AT,
    ...(customPrompt ? { customPrompt } : {}),
  });
  return {
    ...base,
    profile: {
      fullName: 'Siti Rahmawati',
      targetLevel: 'generalis',
      education: {
        programme: 'Kesejahteraan Sosial',
        institution: 'Universitas Padjadjaran',
        graduationYear: '2019',
      },
      workplace: 'Dinas Sosial Kota Bandung',
      fieldsOfPractice: ['anak'],
      strNumber: '',
      updatedAt: AT,
    },
    round: { id: 'r1', number: 2, packKey: 'test-pack@1.0', startedAt: '2026-10-01T02:00:00.000Z' },
    answers: [
      answer('U1.E1.C1', { rubricLevel: 3, judgement: 'K' }),
      answer('U1.E1.C2', { rubricLevel: 2, judgement: 'BK' }),
      answer('U2.E1.C1', { rubricLevel: 4, judgement: 'K' }),
      answer('U2.E2.C1', { rubricLevel: 3 }),
    ],
    evidence: [
      testEvidence({
        id: 'ev2',
        title: 'Catatan kunjungan rumah',
        date: '2026-11-02',
        type: 'L',
        vatm: { valid: true, asli: true, terkini: false, memadai: false },
        criterionRefs: ['test-pack/U1.E1.C1'],
        file: { name: 'kunjungan.pdf', mimeType: 'application/pdf', size: 1000 },
      }),
      testEvidence({ id: 'ev1', criterionRefs: ['test-pack/U1.E1.C1', 'test-pack/U2.E1.C1'] }),
      testEvidence({ id: 'ev3', title: 'Sertifikat pelatihan', date: '2026-09-01', type: 'T' }),
    ],
    essays: [
      essay('pengetahuan-1', `${words(180)}.\n\nParagraf kedua tentang asesmen.`),
      essay('keterampilan-1', 'Saya membangun relasi dengan mendengarkan.'),
      essay('nilai-1', words(40), 'Jelaskan penerapan prinsip kerahasiaan dalam praktik Anda.'),
    ],
    cv: [
      cv('cv1', 'identity', 0, {
        birthPlace: 'Bandung',
        birthDate: '1996-04-12',
        address: '',
        phone: '',
        email: 'siti@example.org',
      }),
      cv('cv2', 'education', 0, {
        educationLevel: 's1',
        institution: 'Universitas Padjadjaran',
        programme: 'Kesejahteraan Sosial',
        graduationYear: '2019',
      }),
      cv('cv3', 'work', 0, {
        organisation: 'Dinas Sosial Kota Bandung',
        position: 'Pendamping sosial',
        startYear: '2020',
        endYear: '',
        duties: 'Mendampingi keluarga penerima manfaat.',
      }),
      cv('cv4', 'training', 0, {
        title: 'Pelatihan manajemen kasus',
        organiser: 'Kemensos',
        year: '2022',
        hours: '32',
        trainingKind: 'profesi',
      }),
      cv('cv5', 'awards', 0, { title: '', giver: '', year: '' }),
    ],
    practice: {
      entries: [
        signed(
          entry('e4', {
            date: '2026-11-09',
            field: 'pekerja-migran',
            agency: 'LSM Migran Sejahtera',
          }),
          'in-person',
        ),
        signed(entry('e1', { date: '2026-11-02' }), 'signed'),
        entry('e2', {
          date: '2026-11-03',
          agency: 'Panti Sosial Asuhan Anak',
          supervisorId: 'sup-1',
        }),
        signed(entry('e3', { date: '2026-11-04', activityKind: 'supervisi' }), 'returned'),
        signed(
          entry('e5', {
            date: '2026-11-10',
            startTime: '',
            endTime: '',
            duration: '3',
            minutes: 180,
          }),
          'signed',
          false,
        ),
        signed(entry('e6', { date: '2026-11-11', practiceLevel: '', stage: '' }), 'requested'),
      ],
      config: {
        customFields: [{ id: 'pekerja-migran', label: 'Pekerja migran' }],
        hiddenFields: [],
        targets: { totalHours: 900, minimums: [{ dimension: 'field', value: 'anak', hours: 200 }] },
      },
      supervisors: [
        {
          id: 'sup-1',
          name: 'Dra. Ani Suryani, M.Si.',
          role: 'Pekerja Sosial Ahli',
          strNumber: '',
          fingerprint: FINGERPRINT,
        },
        { id: 'sup-2', name: 'Budi Santoso', role: 'Kepala Panti', strNumber: '', fingerprint: '' },
      ],
    },
  };
}

/** 300 criteria, 200 pieces of evidence and 2,000 practice entries. */
export function largePortfolio(): PortfolioData {
  const base = typicalPortfolio();
  const pack = makeTestPack({ units: 10, elementsPerUnit: 5, criteriaPerElement: 6 });
  const criteria = pack.units.flatMap((u) =>
    u.elements.flatMap((e) => e.criteria.map((c) => c.id)),
  );
  const kinds = ['signed', 'returned', 'in-person', 'requested'] as const;
  const entries = Array.from({ length: 2000 }, (_, i): LoggedEntry => {
    const day = new Date(Date.UTC(2025, 0, 1 + Math.floor(i / 3)));
    const entry = testPracticeEntry({
      id: `e${i}`,
      date: day.toISOString().slice(0, 10),
      startTime: ['08:00', '10:00', '13:00'][i % 3] ?? '08:00',
      endTime: ['09:30', '12:00', '15:00'][i % 3] ?? '09:30',
      minutes: [90, 120, 120][i % 3] ?? 90,
      field: DEFAULT_FIELDS_OF_PRACTICE[i % DEFAULT_FIELDS_OF_PRACTICE.length] ?? 'anak',
    });
    return i % 5 === 4 ? entry : signed(entry, kinds[i % 4] ?? 'signed', i % 50 !== 0);
  });
  return {
    ...base,
    profile: base.profile && { ...base.profile, targetLevel: 'spesialis' },
    pack,
    answers: criteria
      .filter((_, i) => i % 3 !== 0)
      .map((id, i) =>
        answer(id, {
          rubricLevel: ((i % 4) + 1) as 1 | 2 | 3 | 4,
          judgement: i % 4 === 0 ? 'BK' : 'K',
        }),
      ),
    evidence: Array.from({ length: 200 }, (_, i) =>
      testEvidence({
        id: `ev${i}`,
        title: `Bukti nomor ${i + 1}`,
        date: `2026-${String((i % 9) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
        type: EVIDENCE_TYPES[i % 3] ?? 'L',
        criterionRefs: [criteria[i % criteria.length], criteria[(i * 7) % criteria.length]].map(
          (id) => `test-pack/${id ?? ''}`,
        ),
      }),
    ),
    practice: { ...base.practice, entries },
  };
}
