import { zipSync, type Zippable } from 'fflate';
import type { Answer, Evidence, Round } from '../../shared/assessment/assessment';
import { criterionRef, EVIDENCE_TYPES, JUDGEMENTS } from '../../shared/assessment/assessment';
import { DEFAULT_FIELDS_OF_PRACTICE } from '../../shared/domain/fields-of-practice';
import { HELPING_STAGES, PRACTICE_FORMS, PRACTICE_LEVELS } from '../../shared/domain/vocabularies';
import { bankKeyOf } from '../../shared/exam/attempt';
import { DEFAULT_BANK_ID } from '../../shared/exam/bank';
import { makeTestBank } from './bank';
import { RUBRIC_LEVELS } from '../../shared/framework/pack';
import { makeTestPack } from './pack';
import { ACTIVITY_KINDS } from '../../shared/practice/entry';
import type { LoggedEntry } from '../../shared/practice/filter';
import { testPracticeEntry } from './entry';
import { toBase64 } from '../../shared/signing/ed25519';
import { signedText } from '../../shared/signoff/signable';
import { makeTestSigner, signForReal } from './signing';
import { sha256Hex } from '../../shared/backup/checksum';
import { BACKUP_FILE } from '../../shared/backup/file';
import {
  ENTRY,
  type BackupSnapshot,
  type EvidenceBytes,
  type FileEntry,
} from '../../shared/backup/format';
import { CURRENT_SCHEMA_VERSION } from '../../shared/backup/migrate';
import { TABLE_NAMES, TABLES, type BackupTables, type Row } from '../../shared/storage/tables';
import { listFiles } from '../../shared/backup/write';

/** How big a test snapshot is; the defaults make a small but complete profile. */
export interface TestSnapshotSize {
  /** Answers in the open round (the closed round holds half as many). */
  criteriaAnswered?: number;
  /** Evidence items with a file; as many again have none. */
  evidenceFiles?: number;
  /** All evidence files together, split evenly between them. */
  evidenceBytes?: number;
  /** Practice-log entries; the first three are signed, signed in person and requested. */
  logEntries?: number;
}

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;

/** Time `minutes` after 1 September 2026, 08:00 UTC, as the app stores it. */
const at = (minutes: number) => new Date(Date.UTC(2026, 8, 1, 8) + minutes * 60_000).toISOString();
/** `n` days after 1 September 2026 as a local ISO date. */
const day = (n: number) => new Date(Date.UTC(2026, 8, 1 + n)).toISOString().slice(0, 10);

/** Bytes that look like a compressed file (no repetition), the same for the same seed. */
export function pseudoRandomBytes(size: number, seed = 1): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < size; i++) {
    // xorshift32
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  return bytes;
}

/**
 * A realistic, valid snapshot with rows in every table: a profile and settings, two versions of
 * a pack, a closed and an open round, evidence with and without files, essays, CV entries, a
 * practice log with a really signed entry (and one signed in person, one requested), two
 * supervisors and supervisor mode's own key. Every row is exactly what the tables' schemas
 * output, so a backup of it reads back equal. For tests and benchmarks; `size` scales it.
 */
export async function makeTestSnapshot({
  criteriaAnswered = 12,
  evidenceFiles = 2,
  evidenceBytes = 4096,
  logEntries = 6,
}: TestSnapshotSize = {}): Promise<BackupSnapshot> {
  const criteriaPerElement = Math.max(2, Math.ceil(criteriaAnswered / 6));
  const pack = makeTestPack({ id: 'lsp-peksos', version: '1.1', criteriaPerElement });
  const criterionIds = pack.units.flatMap((u) =>
    u.elements.flatMap((e) => e.criteria.map((c) => c.id)),
  );
  const packKey = `${pack.id}@${pack.version}`;
  const oldPack = makeTestPack({ id: 'lsp-peksos', version: '1.0' });

  const rounds: Round[] = [
    {
      id: 'round-1',
      number: 1,
      packKey: 'lsp-peksos@1.0',
      startedAt: at(0),
      closedAt: at(60 * 24 * 30),
    },
    { id: 'round-2', number: 2, packKey, startedAt: at(60 * 24 * 30) },
  ];
  const answer = (roundId: string, criterionId: string, i: number): Answer => ({
    roundId,
    criterionId,
    ...(i % 5 === 4 ? {} : { rubricLevel: pick(RUBRIC_LEVELS, i) }),
    ...(i % 3 === 2 ? {} : { judgement: pick(JUDGEMENTS, i) }),
    reflection: i % 2 ? '' : `Refleksi untuk ${criterionId}: saya melakukannya dalam kasus ${i}.`,
    updatedAt: at(60 * 24 * 30 + i),
  });
  const answers = [
    ...criterionIds
      .slice(0, Math.ceil(criteriaAnswered / 2))
      .map((id, i) => ({ ...answer('round-1', id, i), updatedAt: at(100 + i) })),
    ...criterionIds.slice(0, criteriaAnswered).map((id, i) => answer('round-2', id, i)),
  ];

  const fileSize = evidenceFiles > 0 ? Math.floor(evidenceBytes / evidenceFiles) : 0;
  const files: EvidenceBytes[] = [];
  const evidence: Evidence[] = Array.from({ length: evidenceFiles * 2 || 2 }, (_, i) => {
    const id = `evidence-${i + 1}`;
    const withFile = i < evidenceFiles;
    const pdf = i % 2 === 0;
    if (withFile) {
      const type = pdf ? 'application/pdf' : 'image/jpeg';
      files.push({ id, type, bytes: pseudoRandomBytes(fileSize, i + 1) });
    }
    return {
      id,
      title: `Bukti ${i + 1}: ${pdf ? 'laporan asesmen' : 'foto kegiatan'}`,
      date: day(i % 60),
      type: pick(EVIDENCE_TYPES, i),
      description: i % 3 ? `Uraian bukti nomor ${i + 1}.` : '',
      link: i % 4 === 1 ? `https://example.org/bukti/${i + 1}` : '',
      vatm: { valid: true, asli: i % 2 === 0, terkini: true, memadai: i % 3 !== 0 },
      criterionRefs: criterionIds.slice(i % 4, (i % 4) + 2).map((c) => criterionRef(pack.id, c)),
      ...(withFile
        ? {
            file: {
              name: `bukti-${i + 1}.${pdf ? 'pdf' : 'jpg'}`,
              mimeType: pdf ? 'application/pdf' : 'image/jpeg',
              size: fileSize,
            },
          }
        : {}),
      createdAt: at(200 + i),
      updatedAt: at(300 + i),
    };
  });

  const signer = await makeTestSigner('supervisor-1', 'Dra. Ratna Kusumawati, M.Si.');
  const unsigned: LoggedEntry[] = Array.from({ length: logEntries }, (_, i) =>
    testPracticeEntry({
      id: `entry-${i + 1}`,
      date: day(60 + Math.floor(i / 3)),
      startTime: `${String(8 + (i % 3) * 3).padStart(2, '0')}:00`,
      endTime: `${String(10 + (i % 3) * 3).padStart(2, '0')}:30`,
      minutes: 150,
      agency: `Dinas Sosial ${i % 7}`,
      setting: i % 2 ? 'Kunjungan rumah' : '',
      field: pick(DEFAULT_FIELDS_OF_PRACTICE, i),
      practiceLevel: i % 4 === 3 ? '' : pick(PRACTICE_LEVELS, i),
      practiceForm: pick(PRACTICE_FORMS, i),
      stage: pick(HELPING_STAGES, i),
      activityKind: pick(ACTIVITY_KINDS, i),
      criterionRefs: i % 2 ? [criterionRef(pack.id, pick(criterionIds, i))] : [],
      narrative: `Catatan kegiatan nomor ${i + 1}.`,
      supervisorId: i < 3 ? signer.id : '',
      createdAt: at(60 * 24 * 60 + i),
      updatedAt: at(60 * 24 * 60 + i),
    }),
  );
  const entries = [...unsigned];
  const [signed] = entries[0] ? await signForReal([entries[0]], signer) : [];
  if (signed) entries[0] = signed;
  if (entries[1]) {
    entries[1] = {
      ...entries[1],
      supervisorId: 'supervisor-2',
      signoff: {
        kind: 'in-person',
        supervisorId: 'supervisor-2',
        supervisorName: 'Budi Santoso',
        at: at(60 * 24 * 61),
        drawing: 'M 112 140 L 150 96 L 188 150 L 236 82',
        entryText: signedText(entries[1]),
      },
    };
  }
  if (entries[2]) {
    entries[2] = {
      ...entries[2],
      signoff: {
        kind: 'requested',
        requestId: 'request-1',
        supervisorId: signer.id,
        candidate: { name: 'Siti Rahmawati', strNumber: 'PS-32.73/0451/2021' },
        at: at(60 * 24 * 62),
        entryText: signedText(entries[2]),
      },
    };
  }

  const bank = { ...makeTestBank(() => 1), id: 'bank-lembaga', title: 'Bank soal lembaga' };
  const card = {
    stability: 2.3065,
    difficulty: 2.1181,
    elapsedDays: 0,
    scheduledDays: 2,
    learningSteps: 0,
    reps: 2,
    lapses: 0,
    state: 2,
  };
  const tables: BackupTables = {
    profile: [
      {
        id: 'me',
        fullName: 'Siti Rahmawati',
        targetLevel: 'generalis',
        education: {
          programme: 'Sarjana Terapan Pekerjaan Sosial',
          institution: 'Politeknik Kesejahteraan Sosial Bandung',
          graduationYear: '2019',
        },
        workplace: 'Dinas Sosial Kota Bandung',
        fieldsOfPractice: ['anak', 'lanjut-usia'],
        strNumber: 'PS-32.73/0451/2021',
        updatedAt: at(5),
      },
    ],
    settings: [
      {
        id: 'me',
        language: 'en',
        activePackKey: packKey,
        practice: {
          customFields: [{ id: 'pendampingan-pkh', label: 'Pendampingan PKH' }],
          hiddenFields: ['kebencanaan'],
          targets: {
            totalHours: 900,
            minimums: [{ dimension: 'field', value: 'anak', hours: 120 }],
          },
        },
        portfolioExport: { sections: ['cover', 'cv', 'practice'], exportedAt: at(9000) },
      },
    ],
    packs: [oldPack, pack].map((p, i) => ({
      key: `${p.id}@${p.version}`,
      id: p.id,
      version: p.version,
      title: p.title,
      source: 'imported' as const,
      installedAt: at(10 + i),
      pack: p,
    })),
    rounds,
    answers,
    evidence,
    essays: [
      {
        promptId: 'pengetahuan-1',
        text: 'Saya paling sering memakai perspektif ekologi.',
        updatedAt: at(400),
      },
      {
        promptId: 'nilai-1',
        text: 'Saya meminta persetujuan tertulis klien.',
        customPrompt: 'Jelaskan cara Anda menjaga kerahasiaan klien.',
        updatedAt: at(401),
      },
    ],
    cvEntries: [
      {
        id: 'identity',
        section: 'identity',
        order: 0,
        values: {
          birthPlace: 'Bandung',
          birthDate: '1996-04-17',
          address: '',
          phone: '',
          email: '',
        },
        updatedAt: at(500),
      },
      {
        id: 'cv-education-1',
        section: 'education',
        order: 0,
        values: {
          educationLevel: 'd4',
          institution: 'Politeknik Kesejahteraan Sosial Bandung',
          programme: 'Pekerjaan Sosial',
          graduationYear: '2019',
        },
        updatedAt: at(501),
      },
      {
        id: 'cv-work-1',
        section: 'work',
        order: 0,
        values: {
          organisation: 'Dinas Sosial Kota Bandung',
          position: 'Pekerja Sosial Fungsional',
          startYear: '2020',
          endYear: '',
          duties: 'Pendampingan anak dan lanjut usia.',
        },
        updatedAt: at(502),
      },
    ],
    practiceEntries: entries as Row<'practiceEntries'>[],
    supervisors: [
      { id: signer.id, ...signer.card, createdAt: at(600) },
      {
        id: 'supervisor-2',
        name: 'Budi Santoso',
        role: 'Koordinator Pekerja Sosial',
        strNumber: '',
        contact: '0813-1111-2222',
        publicKey: '',
        fingerprint: '',
        createdAt: at(601),
      },
    ],
    ownKey: [
      {
        id: 'me',
        name: 'Siti Rahmawati, S.Tr.Sos.',
        role: 'Pekerja Sosial Generalis',
        strNumber: 'PS-32.73/0451/2021',
        contact: 'siti.rahmawati@example.id',
        publicKey: signer.card.publicKey,
        fingerprint: signer.card.fingerprint,
        // Shaped like a sealed key; the bytes are not a real one (nothing opens it in a backup).
        sealedPrivateKey: {
          kdf: 'PBKDF2-SHA256',
          iterations: 600_000,
          salt: toBase64(pseudoRandomBytes(16, 7)),
          iv: toBase64(pseudoRandomBytes(12, 8)),
          ciphertext: toBase64(pseudoRandomBytes(64, 9)),
        },
        createdAt: at(700),
      },
    ],
    examAttempts: [
      {
        id: 'attempt-1',
        bankKey: 'kompeten-default-id-soal@1.0',
        itemIds: ['bok-001', 'bov-001', 'bos-001'],
        choices: ['A', null, 'C'],
        flags: [false, true, false],
        position: 2,
        clock: { limitMs: 6_000_000, elapsedMs: 600_000, runningSince: null },
        shortfalls: [{ domain: 'values', difficulty: 'hard', wanted: 6, available: 2 }],
        missing: 0,
        startedAt: at(800),
        finishedAt: at(801),
        endedBy: 'candidate',
        result: {
          total: { correct: 1, count: 3 },
          byDomain: {
            knowledge: { correct: 1, count: 1 },
            values: { correct: 0, count: 1 },
            skills: { correct: 0, count: 1 },
          },
          byDifficulty: {
            easy: { correct: 1, count: 2 },
            medium: { correct: 0, count: 1 },
            hard: { correct: 0, count: 0 },
          },
        },
      },
      {
        id: 'attempt-2',
        bankKey: 'kompeten-default-id-soal@1.0',
        itemIds: ['bok-002'],
        choices: [null],
        flags: [false],
        position: 0,
        clock: { limitMs: 6_000_000, elapsedMs: 0, runningSince: null },
        shortfalls: [],
        missing: 99,
        startedAt: at(900),
      },
    ],
    itemReviews: [
      { ...card, bankId: DEFAULT_BANK_ID, itemId: 'bov-003', due: at(960), lastReview: at(950) },
      {
        ...card,
        bankId: DEFAULT_BANK_ID,
        itemId: 'bos-007',
        due: at(970),
        lastReview: at(969),
        state: 1,
        reps: 1,
      },
      // Another bank may name an item the same way; its card is its own.
      { ...card, bankId: bank.id, itemId: 'bos-007', due: at(980), lastReview: at(979) },
    ],
    questionBanks: [{ key: bankKeyOf(bank), bank }],
    drillSessions: [
      {
        id: 'session-1',
        bankKey: bankKeyOf(bank),
        filter: { domain: 'skills', tag: 'asesmen' },
        itemIds: ['bos-007', 'bos-008'],
        answers: [{ itemId: 'bos-007', choice: 'B', correct: false }],
        startedAt: at(978),
        updatedAt: at(979),
      },
      {
        id: 'session-2',
        bankKey: 'kompeten-default-id-soal@1.0',
        filter: {},
        itemIds: ['bov-003'],
        answers: [{ itemId: 'bov-003', choice: 'A', correct: true }],
        startedAt: at(949),
        updatedAt: at(950),
        finishedAt: at(950),
      },
    ],
    knownKeys: [
      {
        fingerprint: signer.card.fingerprint,
        publicKey: signer.card.publicKey,
        name: signer.card.name,
        markedAt: at(990),
      },
    ],
  };
  return { tables, files };
}

/** `data.json` of a plain backup of `snapshot`, as `writeBackup` writes it (before JSON). */
export async function backupData(
  snapshot: BackupSnapshot,
): Promise<{ tables: BackupTables; files: FileEntry[] }> {
  return { tables: snapshot.tables, files: await listFiles(snapshot.files) };
}

/** The zip entries `files/<n>` of `snapshot`'s evidence files. */
export const fileEntries = (snapshot: BackupSnapshot): Record<string, Uint8Array> =>
  Object.fromEntries(snapshot.files.map((f, i) => [`${ENTRY.filePrefix}${i}`, f.bytes]));

/**
 * A plain backup file put together by hand, for tests of what `readBackup` refuses: `data` (a
 * JSON value, or the exact bytes of `data.json`) with its real checksum unless the manifest
 * change gives another, and any other zip entries. The manifest is a valid current one with
 * `manifest` merged over it (a key set to undefined is left out).
 */
export async function craftBackup({
  data,
  manifest = {},
  entries = {},
}: {
  data: unknown;
  manifest?: Record<string, unknown>;
  entries?: Record<string, Uint8Array>;
}): Promise<Uint8Array<ArrayBuffer>> {
  const dataBytes =
    data instanceof Uint8Array
      ? (data as Uint8Array<ArrayBuffer>)
      : new TextEncoder().encode(JSON.stringify(data));
  const fullManifest = {
    format: BACKUP_FILE.format,
    version: 1,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    appVersion: '0.0.0-test',
    createdAt: '2026-11-30T03:00:00.000Z',
    reason: 'manual',
    encrypted: false,
    checksum: await sha256Hex(dataBytes),
    ...manifest,
  };
  const zippable: Zippable = {
    [ENTRY.manifest]: new TextEncoder().encode(JSON.stringify(fullManifest)),
    [ENTRY.data]: [dataBytes, { level: 6 }],
  };
  for (const [name, bytes] of Object.entries(entries)) zippable[name] = [bytes, { level: 0 }];
  return zipSync(zippable) as Uint8Array<ArrayBuffer>;
}

/** Where one zip entry lies in the file, for tests that damage a particular part. */
export interface ZipEntryLayout {
  /** Offset of its central directory record. */
  central: number;
  /** Offset of its local file header. */
  local: number;
  /** Its stored (maybe compressed) bytes: from `dataStart` up to `dataEnd`. */
  dataStart: number;
  dataEnd: number;
}

/** The entries of a zip without a comment, as its central directory lists them. */
export function zipLayout(zip: Uint8Array): Map<string, ZipEntryLayout> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.byteLength - 22;
  if (view.getUint32(end, true) !== 0x06054b50) throw new Error('no end of central directory');
  const count = view.getUint16(end + 10, true);
  let p = view.getUint32(end + 16, true);
  const entries = new Map<string, ZipEntryLayout>();
  for (let i = 0; i < count; i++) {
    const nameLength = view.getUint16(p + 28, true);
    const name = new TextDecoder().decode(zip.subarray(p + 46, p + 46 + nameLength));
    const local = view.getUint32(p + 42, true);
    const dataStart =
      local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    entries.set(name, {
      central: p,
      local,
      dataStart,
      dataEnd: dataStart + view.getUint32(p + 20, true),
    });
    p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return entries;
}

const byKey = (key: (row: unknown) => string) => (a: unknown, b: unknown) => {
  const [x, y] = [key(a), key(b)];
  return x < y ? -1 : x > y ? 1 : 0;
};

/** Rows by key and files by id, for comparing: a database returns them in its own order. */
export function sortedSnapshot(snapshot: BackupSnapshot): BackupSnapshot {
  const tables = Object.fromEntries(
    TABLE_NAMES.map((name) => {
      const key = TABLES[name].key as (row: unknown) => string;
      return [name, [...(snapshot.tables[name] as unknown[])].sort(byKey(key))];
    }),
  ) as unknown as BackupTables;
  const files = [...snapshot.files].sort(byKey((f) => (f as EvidenceBytes).id));
  return { tables, files };
}
