import { beforeAll, describe, expect, it } from 'vitest';
import { makeTestBank } from '../../test/support/bank';
import { makeTestPack } from '../../test/support/pack';
import { PORTFOLIO_BUNDLE_FILE } from '../portfolio/bundle';
import { parsePracticeCsv, type CsvVocabulary } from '../practice/csv';
import { SIGNOFF_FILES, signoffRequestSchema } from '../signoff/files';
import { buildRequest } from '../signoff/request';
import { signResponse } from '../signoff/response';
import { approveAll, makeTestSigner } from '../../test/support/signing';
import { testPracticeEntry } from '../../test/support/entry';
import { FILE_KINDS, MAX_ISSUE_TEXT } from './file-kinds';
import type { FileKindId } from './file-problem';
import { JSON_FORMATS, type JsonKindId } from './json-formats';

const encode = (text: string) => new TextEncoder().encode(text);
const problemOf = async (id: FileKindId, bytes: Uint8Array) => {
  const result = await FILE_KINDS[id].decode(bytes);
  return result.ok ? null : result.problem;
};

/** Text a page would run if it ever rendered file content as HTML. */
const HTML = '<img src=x onerror=alert(1)><script>alert(2)</script>';

/** A valid file of each JSON kind, with `name` in a text field the app shows. */
let samples: Record<JsonKindId, (name: string) => object>;
beforeAll(async () => {
  const signer = await makeTestSigner('sup-1', 'Ani Suryani');
  const request = (name: string) =>
    buildRequest({
      requestId: '6f1c1a5e-8d59-4c5e-9a53-1d2b3c4d5e6f',
      entries: [testPracticeEntry()],
      candidate: { name, strNumber: '' },
      supervisor: { id: 'sup-1', name: 'Ani Suryani', fingerprint: signer.card.fingerprint },
      fieldLabels: {},
      now: new Date('2026-11-10T08:00:00Z'),
    }).request;
  const response = await signResponse({
    request: request('Siti Rahmawati'),
    decisions: approveAll(['e1']),
    supervisor: signer.card,
    privateKey: signer.keys.privateKey,
    now: new Date('2026-11-11T10:00:00Z'),
  });
  const supervisor = (name: string) => ({ ...signer.card, name });
  samples = {
    pack: (title) => ({ ...makeTestPack(), title }),
    bank: (title) => ({ ...makeTestBank(() => 1), title }),
    request,
    response: (name) => ({ ...response, supervisor: supervisor(name) }),
    keyCard: (name) => ({
      format: SIGNOFF_FILES.keyCard.format,
      version: 1,
      supervisor: supervisor(name),
    }),
    keyBackup: (name) => ({
      format: SIGNOFF_FILES.keyBackup.format,
      version: 1,
      supervisor: supervisor(name),
      sealedPrivateKey: {
        kdf: 'PBKDF2-SHA256',
        iterations: 600_000,
        salt: 'c2FsdHNhbHRzYWx0c2FsdA==',
        iv: 'aXZpdml2aXZpdml2',
        ciphertext: 'c2VhbGVk',
      },
    }),
    portfolioBundle: (fullName) => ({
      format: PORTFOLIO_BUNDLE_FILE.format,
      version: 1,
      verificationCode: 'K7QM-2D9F-0000-0000-0000',
      data: {
        generatedAt: '2026-11-20T03:00:00.000Z',
        profile: { fullName },
        practice: { entries: [testPracticeEntry()] },
      },
    }),
  };
});

const JSON_KINDS = Object.keys(JSON_FORMATS) as JsonKindId[];
const fileOf = (id: JsonKindId, name = 'Siti Rahmawati') => JSON.stringify(samples[id](name));

/** Bytes whose size is all there is: reading anything else fails the test. */
const unreadable = (size: number) =>
  new Proxy(new Uint8Array(0), {
    get(target, key) {
      if (key === 'byteLength') return size;
      throw new Error(`read ${String(key)} before checking the size`);
    },
  });

describe('the registry of file kinds', () => {
  it('has one entry per kind, each with a size limit and extensions', () => {
    for (const [id, kind] of Object.entries(FILE_KINDS)) {
      expect(kind.id).toBe(id);
      expect(kind.maxBytes).toBeGreaterThan(0);
      expect(kind.extensions.length).toBeGreaterThan(0);
    }
  });

  it('reads every kind in a worker but the backup, whose decode only hands the bytes on', () => {
    const offThread = Object.values(FILE_KINDS).filter((kind) => kind.inWorker);
    expect(offThread.map((kind) => kind.id)).toEqual(
      Object.keys(FILE_KINDS).filter((id) => id !== 'backup'),
    );
  });
});

describe.each(JSON_KINDS)('a %s file', (id) => {
  const { versionField, version } = JSON_FORMATS[id];

  it('is read when it is valid', async () => {
    expect(await FILE_KINDS[id].decode(encode(fileOf(id)))).toMatchObject({ ok: true });
  });

  it('is refused by its size before anything is read', async () => {
    const size = FILE_KINDS[id].maxBytes + 1;
    expect(await problemOf(id, unreadable(size))).toEqual({
      kind: 'too-large',
      size,
      maxBytes: FILE_KINDS[id].maxBytes,
    });
  });

  it('is called cut short wherever it stops', async () => {
    const text = fileOf(id);
    for (const end of [1, 10, Math.floor(text.length / 2), text.length - 1]) {
      expect(await problemOf(id, encode(text.slice(0, end))), `${end}`).toEqual({
        kind: 'truncated',
      });
    }
  });

  it.each(JSON_KINDS.filter((other) => other !== id))(
    'is told apart from a valid %s file',
    async (other) => {
      expect(await problemOf(id, encode(fileOf(other)))).toEqual({
        kind: 'wrong-type',
        found: other,
      });
    },
  );

  it('names a format version it does not read, newer or older', async () => {
    for (const found of [version + 1, version - 1]) {
      const file = { ...samples[id]('Siti Rahmawati'), [versionField]: found };
      expect(await problemOf(id, encode(JSON.stringify(file)))).toEqual({
        kind: 'wrong-version',
        found,
        supported: version,
      });
    }
  });

  it('keeps HTML in its text as plain text', async () => {
    const result = await FILE_KINDS[id].decode(encode(fileOf(id, HTML)));
    expect(result.ok).toBe(true);
    expect(JSON.stringify(result.ok && result.value)).toContain(JSON.stringify(HTML));
  });

  it('lets no crafted key reach a prototype', async () => {
    const crafted = `{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},${fileOf(id).slice(1)}`;
    const result = await FILE_KINDS[id].decode(encode(crafted));
    if (result.ok) expect(Object.getPrototypeOf(result.value)).toBe(Object.prototype);
    else expect(result.problem.kind).toBe('invalid');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps its problem small when it holds 100,000 unknown keys', async () => {
    const keys = Array.from({ length: 100_000 }, (_, i) => `"k${i}":0`).join(',');
    const problem = await problemOf(id, encode(`{${keys},${fileOf(id).slice(1)}`));
    if (problem?.kind !== 'invalid') throw new Error(`not refused as invalid: ${problem?.kind}`);
    // zod names every unknown key of a strict object in one message: megabytes, cut here.
    expect(problem.issues.some((issue) => issue.message.endsWith('…'))).toBe(true);
    for (const issue of problem.issues) {
      expect(issue.message.length).toBeLessThanOrEqual(MAX_ISSUE_TEXT);
    }
  });

  it('refuses nesting 100,000 deep without overflowing the stack', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const nested = `{"deep":${deep},${fileOf(id).slice(1)}`;
    for (const text of [deep, nested]) {
      expect(await problemOf(id, encode(text))).toMatchObject({ kind: 'invalid' });
    }
  });
});

describe('a portfolio bundle', () => {
  it('refuses deep nesting inside its freely shaped data too', async () => {
    const file = fileOf('portfolioBundle').replace(
      '"data":{',
      `"data":{"extra":${'['.repeat(100_000)}${']'.repeat(100_000)},`,
    );
    expect(await problemOf('portfolioBundle', encode(file))).toMatchObject({ kind: 'invalid' });
  });
});

describe('a sign-off request read through a stricter schema', () => {
  it('checks, on its own, a value the request kind accepted', async () => {
    const kind = FILE_KINDS.request.withSchema(
      signoffRequestSchema.refine((request) => request.entries.length > 1, 'two entries or more'),
    );
    const read = await FILE_KINDS.request.decode(encode(fileOf('request')));
    if (!read.ok) throw new Error(read.problem.kind);
    expect(FILE_KINDS.request.refine(read.value)).toEqual(read);
    expect(kind.refine(read.value)).toEqual({
      ok: false,
      problem: { kind: 'invalid', issues: [{ path: '', message: 'two entries or more' }] },
    });
    expect(kind.id).toBe('request');
  });

  it('still has its size, kind and version checked first', async () => {
    const kind = FILE_KINDS.request.withSchema(
      signoffRequestSchema.refine((request) => request.entries.length > 1, 'two entries or more'),
    );
    expect(await kind.decode(encode(fileOf('request')))).toEqual({
      ok: false,
      problem: { kind: 'invalid', issues: [{ path: '', message: 'two entries or more' }] },
    });
    expect(await kind.decode(encode(fileOf('response')))).toEqual({
      ok: false,
      problem: { kind: 'wrong-type', found: 'response' },
    });
    expect(await kind.decode(unreadable(kind.maxBytes + 1))).toMatchObject({
      ok: false,
      problem: { kind: 'too-large' },
    });
  });
});

describe('a practice-log CSV file', () => {
  const header = 'tanggal;durasi_jam;lembaga;bidang;jenis_kegiatan;narasi';
  const choices = (...ids: string[]) => ids.map((choice) => ({ id: choice, labels: [choice] }));
  const vocabulary: CsvVocabulary = {
    choices: {
      field: choices('anak'),
      practiceLevel: choices('mikro'),
      practiceForm: choices('social-casework'),
      stage: choices('asesmen'),
      activityKind: choices('pelatihan'),
    },
    supervisors: [],
    defaultPackId: 'test-pack',
  };
  const parse = (text: string) => {
    const decoded = FILE_KINDS.csv.decode(encode(text));
    if (!decoded.ok) throw new Error(decoded.problem.kind);
    return parsePracticeCsv(decoded.value, vocabulary, '2026-11-23');
  };

  it('is read as text with or without a byte-order mark', () => {
    const text = `${header}\r\n20/11/2026;1;Dinsos;anak;pelatihan;Kunjungan`;
    expect(FILE_KINDS.csv.decode(encode(`\uFEFF${text}`))).toEqual({ ok: true, value: text });
    expect(parse(text)).toMatchObject({ ok: true, issueCount: 0 });
  });

  it('is refused by its size before anything is read', async () => {
    const size = FILE_KINDS.csv.maxBytes + 1;
    expect(await problemOf('csv', unreadable(size))).toMatchObject({ kind: 'too-large', size });
  });

  it('is refused when it is not text', async () => {
    for (const bytes of [
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff]),
      encode(`${header}\r\n\0\0\0`),
    ]) {
      expect(await problemOf('csv', bytes)).toEqual({ kind: 'not-text' });
    }
    expect(await problemOf('csv', encode(' \r\n'))).toEqual({ kind: 'empty' });
  });

  // A CSV has no end marker: a file cut short shows as a quoted cell left open, if at all.
  it('cut short inside a quoted cell names the row', () => {
    const result = parse(`${header}\r\n20/11/2026;1;Dinsos;anak;pelatihan;"Kunjungan ke`);
    expect(result.ok && result.rows[0]?.issues.map((issue) => issue.code)).toEqual(['badQuotes']);
  });

  it('is told apart from a Kompeten JSON file', async () => {
    for (const other of JSON_KINDS) {
      expect(await problemOf('csv', encode(fileOf(other)))).toEqual({
        kind: 'wrong-type',
        found: other,
      });
    }
    // Other JSON is left to the parser, which names the columns it lacks.
    expect(parse('{"tanggal":1}')).toMatchObject({ ok: false });
  });

  it('keeps HTML and formulas in its cells as plain text', () => {
    const result = parse(
      `${header}\r\n20/11/2026;1;"'=HYPERLINK(""http://x"")";anak;pelatihan;"${HTML.replace(/"/g, '""')}"`,
    );
    expect(result.ok && result.rows[0]?.input).toMatchObject({
      agency: '=HYPERLINK("http://x")',
      narrative: HTML,
    });
  });
});
