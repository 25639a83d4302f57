import { beforeAll, describe, expect, it } from 'vitest';
import type { PracticeEntry } from '../../../../shared/practice/entry';
import {
  keyBackupSchema,
  keyCardSchema,
  signoffRequestSchema,
  supervisorIdentitySchema,
  type SignoffRequest,
} from '../../../../shared/signoff/files';
import { buildRequest } from '../../../../shared/signoff/request';
import { verifyResponse, type LocalEntry } from '../../../../shared/signoff/response';
import { WrongPassphraseError } from '../../../../shared/signing/passphrase';
import {
  EMPTY_NEW_KEY,
  IDENTITY_LIMITS,
  identityOf,
  newKeySchema,
} from '../../../../renderer/src/features/supervisor-mode/key-form';
import {
  createOwnKey,
  KeyBackupMismatchError,
  keyBackupOf,
  keyCardOf,
  restoreOwnKey,
  signWithOwnKey,
  type OwnKey,
} from '../../../../renderer/src/features/supervisor-mode/own-key';
import {
  approveUndecided,
  decisionsFromReview,
  meantForAnotherKey,
  requestFieldLabel,
  responseBaseName,
  returnedWithoutComment,
  reviewableRequestSchema,
  reviewCounts,
  reviewOf,
  updateReview,
  type Review,
} from '../../../../renderer/src/features/supervisor-mode/review';

const entry = (id: string, minutes = 60): PracticeEntry => ({
  id,
  date: '2026-11-02',
  startTime: '',
  endTime: '',
  duration: '1',
  minutes,
  agency: 'Panti Sosial Asuhan Anak',
  setting: '',
  field: 'anak',
  practiceLevel: '',
  practiceForm: '',
  stage: '',
  activityKind: 'kontak-langsung',
  criterionRefs: [],
  narrative: 'Pendampingan anak.',
  supervisorId: 'sup-1',
  createdAt: '2026-11-02T12:00:00.000Z',
  updatedAt: '2026-11-02T12:00:00.000Z',
});

function requestFor(ids: string[], fingerprint = '') {
  const entries = ids.map((id) => entry(id));
  const built = buildRequest({
    requestId: '6f1c2a4e-3b7d-4c1a-9e2f-0a1b2c3d4e5f',
    entries,
    candidate: { name: 'Siti Rahmawati', strNumber: '' },
    supervisor: { id: 'sup-1', name: 'Ani Suryani', fingerprint },
    fieldLabels: {},
    now: new Date('2026-11-03T08:00:00Z'),
  });
  return { ...built, entries };
}

const plain = (id: string): SignoffRequest => requestFor([id]).request;

describe('a review in progress', () => {
  const { request } = requestFor(['e1', 'e2', 'e3', 'e4']);

  it('starts undecided and counts decisions in the request', () => {
    let review: Review = new Map();
    expect(reviewCounts(request, review)).toEqual({ approved: 0, returned: 0, undecided: 4 });
    review = updateReview(review, 'e2', { decision: 'returned' });
    review = updateReview(review, 'e2', { comment: 'Jam selesai?' });
    expect(reviewOf(review, 'e2')).toEqual({ decision: 'returned', comment: 'Jam selesai?' });
    expect(reviewCounts(request, review)).toEqual({ approved: 0, returned: 1, undecided: 3 });
  });

  it('approves only the undecided and keeps comments and other decisions', () => {
    let review: Review = new Map();
    review = updateReview(review, 'e1', { comment: 'Bagus sekali.' });
    review = updateReview(review, 'e3', { decision: 'returned', comment: 'Lengkapi narasi.' });
    const next = approveUndecided(request, review);
    expect(reviewOf(next, 'e1')).toEqual({ decision: 'approved', comment: 'Bagus sekali.' });
    expect(reviewOf(next, 'e3').decision).toBe('returned');
    expect(reviewCounts(request, next)).toEqual({ approved: 3, returned: 1, undecided: 0 });
    // The original review is not changed: React state stays immutable.
    expect(reviewOf(review, 'e1').decision).toBeNull();
  });

  it('finds entries returned without a comment, in request order', () => {
    let review: Review = new Map();
    review = updateReview(review, 'e4', { decision: 'returned', comment: '   ' });
    review = updateReview(review, 'e2', { decision: 'returned' });
    review = updateReview(review, 'e3', { decision: 'returned', comment: 'Cek tanggal.' });
    review = updateReview(review, 'e1', { decision: 'approved' });
    expect(returnedWithoutComment(request, review)).toEqual(['e2', 'e4']);
  });

  it('signs decided entries only, in request order, with trimmed comments', () => {
    let review: Review = new Map();
    review = updateReview(review, 'e3', { decision: 'returned', comment: '  Cek tanggal. ' });
    review = updateReview(review, 'e1', { decision: 'approved' });
    review = updateReview(review, 'e2', { comment: 'Belum diputuskan.' });
    expect(decisionsFromReview(request, review)).toEqual([
      { entryId: 'e1', decision: 'approved', comment: '' },
      { entryId: 'e3', decision: 'returned', comment: 'Cek tanggal.' },
    ]);
  });

  it('treats an entry id like "__proto__" as an ordinary id', () => {
    const odd = plain('__proto__');
    const review = updateReview(new Map(), '__proto__', { decision: 'approved' });
    expect(decisionsFromReview(odd, review)).toEqual([
      { entryId: '__proto__', decision: 'approved', comment: '' },
    ]);
  });
});

describe('opening a request', () => {
  it('warns only when the request names another key', () => {
    expect(meantForAnotherKey(requestFor(['e1'], '').request, 'AAAA BBBB')).toBe(false);
    expect(meantForAnotherKey(requestFor(['e1'], 'AAAA BBBB').request, 'AAAA BBBB')).toBe(false);
    expect(meantForAnotherKey(requestFor(['e1'], 'CCCC DDDD').request, 'AAAA BBBB')).toBe(true);
  });

  it('refuses a request that lists one entry twice, saying where', () => {
    const { request } = requestFor(['e1', 'e2']);
    const twice = { ...request, entries: [...request.entries, request.entries[0]!] };
    expect(signoffRequestSchema.safeParse(twice).success).toBe(true);
    const parsed = reviewableRequestSchema('Entri ganda').safeParse(twice);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues).toMatchObject([
      { path: ['entries', 2, 'id'], message: 'Entri ganda' },
    ]);
    expect(reviewableRequestSchema('Entri ganda').safeParse(request).success).toBe(true);
  });

  it('takes field words from the request only for fields the candidate added', () => {
    const request = { ...plain('e1'), fieldLabels: { kebun: 'Pertanian kota', anak: 'Lansia' } };
    expect(requestFieldLabel(request, 'kebun')).toBe('Pertanian kota');
    // Labels are not signed: a built-in field keeps this app's words whatever the file says.
    expect(requestFieldLabel(request, 'anak')).toBeUndefined();
    expect(requestFieldLabel(request, 'constructor')).toBeUndefined();
  });

  it('names the response after the candidate and the local date', () => {
    // 20:00 UTC is already the next day in Jakarta, where the tests run.
    expect(responseBaseName(plain('e1'), new Date('2026-11-03T20:00:00Z'))).toBe(
      'Siti Rahmawati-2026-11-04',
    );
  });
});

describe('the new-key form', () => {
  const issues = (values: Partial<typeof EMPTY_NEW_KEY>) => {
    const parsed = newKeySchema.safeParse({ ...EMPTY_NEW_KEY, ...values });
    return Object.fromEntries(
      (parsed.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]),
    );
  };

  it('reports every problem at once, as codes next to their fields', () => {
    expect(issues({ passphrase: 'pendek', repeat: 'lain' })).toEqual({
      name: 'required',
      passphrase: 'passphraseShort',
      repeat: 'passphraseMismatch',
    });
    expect(
      issues({ name: 'Ani', passphrase: 'kopi pagi di teras', repeat: 'kopi pagi di teras' }),
    ).toEqual({});
  });

  it('keeps spaces in the passphrase but trims the identity', () => {
    const values = {
      name: '  Ani Suryani ',
      role: ' Pekerja Sosial ',
      strNumber: '',
      contact: '',
      passphrase: ' dua belas k ',
      repeat: ' dua belas k ',
    };
    const parsed = newKeySchema.parse(values);
    expect(parsed.passphrase).toBe(' dua belas k ');
    expect(identityOf(parsed)).toEqual({
      name: 'Ani Suryani',
      role: 'Pekerja Sosial',
      strNumber: '',
      contact: '',
    });
  });

  it('has the same length limits as the identity in key cards and responses', () => {
    const valid = { name: 'Ani', role: '', strNumber: '', contact: '' };
    for (const [field, max] of Object.entries(IDENTITY_LIMITS)) {
      const at = { ...valid, [field]: 'x'.repeat(max) };
      const over = { ...valid, [field]: 'x'.repeat(max + 1) };
      expect(supervisorIdentitySchema.safeParse(at).success, field).toBe(true);
      expect(supervisorIdentitySchema.safeParse(over).success, field).toBe(false);
      const form = {
        ...EMPTY_NEW_KEY,
        ...over,
        passphrase: 'x'.repeat(12),
        repeat: 'x'.repeat(12),
      };
      expect(newKeySchema.safeParse(form).error?.issues[0]?.message, field).toBe('tooLong');
    }
  });
});

describe('the supervisor key', () => {
  const passphrase = 'kopi pagi di teras rumah';
  const identity = { name: 'Ani Suryani', role: 'Pekerja Sosial', strNumber: '', contact: '' };
  let key: OwnKey;
  beforeAll(async () => {
    key = await createOwnKey(identity, passphrase, new Date('2026-11-01T00:00:00Z'));
  }, 30_000);

  it('is made with a readable fingerprint and files that pass their schemas', () => {
    expect(key).toMatchObject({ ...identity, createdAt: '2026-11-01T00:00:00.000Z' });
    expect(key.fingerprint).toMatch(/^(?:[0-9A-F]{4} ){7}[0-9A-F]{4}$/);
    expect(keyCardSchema.parse(keyCardOf(key)).supervisor.fingerprint).toBe(key.fingerprint);
    const backup = keyBackupSchema.parse(keyBackupOf(key));
    // Nothing of the private key travels unsealed.
    expect(JSON.stringify(keyCardOf(key))).not.toContain(backup.sealedPrivateKey.ciphertext);
  });

  it('comes back from its backup with the right passphrase only', async () => {
    const backup = keyBackupOf(key);
    const restored = await restoreOwnKey(backup, passphrase, new Date('2026-12-01T00:00:00Z'));
    expect(restored).toEqual({ ...key, createdAt: '2026-12-01T00:00:00.000Z' });
    await expect(restoreOwnKey(backup, 'salah frasa sandi', new Date())).rejects.toBeInstanceOf(
      WrongPassphraseError,
    );
  }, 30_000);

  it('refuses a backup whose public key or fingerprint was changed', async () => {
    const other = await createOwnKey(identity, 'frasa sandi yang lain', new Date());
    const relabelled = keyBackupOf(key);
    relabelled.supervisor.fingerprint = other.fingerprint;
    await expect(restoreOwnKey(relabelled, passphrase, new Date())).rejects.toBeInstanceOf(
      KeyBackupMismatchError,
    );
    const swapped = keyBackupOf(key);
    swapped.supervisor = {
      ...swapped.supervisor,
      publicKey: other.publicKey,
      fingerprint: other.fingerprint,
    };
    await expect(restoreOwnKey(swapped, passphrase, new Date())).rejects.toBeInstanceOf(
      KeyBackupMismatchError,
    );
  }, 30_000);

  it('signs a response the candidate accepts, and not with a wrong passphrase', async () => {
    const { request, marks, entries } = requestFor(['e1', 'e2', 'e3'], key.fingerprint);
    const local = new Map<string, LocalEntry>(entries.map((e) => [e.id, e]));
    for (const { entryId, signoff } of marks)
      local.set(entryId, { ...local.get(entryId)!, signoff });
    let review: Review = new Map();
    review = updateReview(review, 'e1', { decision: 'approved' });
    review = updateReview(review, 'e3', { decision: 'returned', comment: 'Lengkapi narasi.' });
    const decisions = decisionsFromReview(request, review);
    const now = new Date('2026-11-04T10:00:00Z');

    await expect(
      signWithOwnKey({ key, passphrase: 'bukan ini', request, decisions, now }),
    ).rejects.toBeInstanceOf(WrongPassphraseError);

    const response = await signWithOwnKey({ key, passphrase, request, decisions, now });
    const verified = await verifyResponse(response, {
      entries: local,
      supervisors: [{ id: 'sup-1', name: 'Ani Suryani', publicKey: key.publicKey }],
    });
    if (!verified.ok) throw new Error(JSON.stringify(verified.rejection));
    expect(verified.updates.map((u) => [u.entryId, u.signoff.kind])).toEqual([
      ['e1', 'signed'],
      ['e3', 'returned'],
    ]);
  }, 30_000);
});
