import { ownIssue } from '../files/file-problem';
import { unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { sealBytes } from '../signing/passphrase';
import { sha256Hex } from './checksum';
import { BACKUP_FILE } from './file';
import { ENTRY, type BackupSnapshot } from './format';
import { CURRENT_SCHEMA_VERSION } from './migrate';
import { readBackup, type BackupReadResult } from './read';
import {
  backupData,
  craftBackup,
  fileEntries,
  makeTestSnapshot,
  zipLayout,
} from '../../test/support/snapshot';
import { writeBackup } from './write';

const META = {
  appVersion: '1.4.0',
  createdAt: '2026-11-30T03:00:00.000Z',
  reason: 'manual',
} as const;
/** The lowest the manifest accepts: the real default is far slower. */
const ITERATIONS = 100_000;
const PASSPHRASE = 'kuda lumping di pasar malam';

const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
const parse = (bytes: Uint8Array | undefined): unknown =>
  JSON.parse(new TextDecoder().decode(bytes));
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function problemOf(result: BackupReadResult) {
  if (result.ok) throw new Error('the backup was accepted');
  return result.problem;
}

let snapshot: BackupSnapshot;
let plain: Uint8Array<ArrayBuffer>;
let locked: Uint8Array<ArrayBuffer>;

beforeAll(async () => {
  snapshot = await makeTestSnapshot({ evidenceFiles: 3, evidenceBytes: 30_000 });
  plain = await writeBackup(snapshot, META);
  locked = await writeBackup(snapshot, META, { passphrase: PASSPHRASE, iterations: ITERATIONS });
});

describe('a backup file', () => {
  it('holds a manifest with versions, time and checksum, the data and every evidence file', async () => {
    const entries = unzipSync(plain);
    expect(Object.keys(entries).sort()).toEqual([
      'data.json',
      'files/0',
      'files/1',
      'files/2',
      'manifest.json',
    ]);
    expect(parse(entries[ENTRY.manifest])).toEqual({
      format: 'kompeten.backup',
      version: 1,
      schemaVersion: CURRENT_SCHEMA_VERSION,
      ...META,
      encrypted: false,
      checksum: await sha256Hex(entries[ENTRY.data] as Uint8Array<ArrayBuffer>),
    });
    const data = parse(entries[ENTRY.data]) as Awaited<ReturnType<typeof backupData>>;
    expect(data).toEqual(await backupData(snapshot));
    snapshot.files.forEach((file, i) => {
      expect(entries[`files/${i}`]).toEqual(file.bytes);
      expect(data.files[i]).toMatchObject({ id: file.id, size: file.bytes.byteLength });
    });
  });

  it('has rows in every table and evidence with and without files', () => {
    for (const rows of Object.values(snapshot.tables)) expect(rows.length).toBeGreaterThan(0);
    const withFile = snapshot.tables.evidence.filter((e) => e.file);
    expect(withFile).toHaveLength(3);
    expect(snapshot.tables.evidence.length).toBeGreaterThan(withFile.length);
    expect(snapshot.tables.practiceEntries.map((e) => e.signoff?.kind)).toEqual(
      expect.arrayContaining(['signed', 'in-person', 'requested', undefined]),
    );
  });

  it('reads back exactly what was written', async () => {
    const result = await readBackup(plain);
    expect(result).toEqual({
      ok: true,
      meta: { ...META, schemaVersion: CURRENT_SCHEMA_VERSION, encrypted: false },
      snapshot,
    });
  });

  it('ignores zip entries a backup does not have, without unpacking them', async () => {
    const crafted = await craftBackup({
      data: await backupData(snapshot),
      entries: {
        ...fileEntries(snapshot),
        'notes.txt': json('hello'),
        '../../etc/passwd': json('root'),
        'files/x': json('not a file number'),
      },
    });
    // An entry fflate cannot unpack at all (compression method 99) would fail if it were read.
    const view = new DataView(crafted.buffer);
    const notes = zipLayout(crafted).get('notes.txt');
    if (!notes) throw new Error('no notes.txt');
    view.setUint16(notes.central + 10, 99, true);
    view.setUint16(notes.local + 8, 99, true);
    expect(unzipSync.bind(null, crafted)).toThrow();
    expect(await readBackup(crafted)).toEqual({
      ok: true,
      meta: expect.objectContaining({ schemaVersion: CURRENT_SCHEMA_VERSION }) as unknown,
      snapshot,
    });
  });
});

describe('a backup locked with a passphrase', () => {
  it('reads back exactly what was written with the passphrase', async () => {
    const result = await readBackup(locked, PASSPHRASE);
    expect(result).toEqual({
      ok: true,
      meta: { ...META, schemaVersion: CURRENT_SCHEMA_VERSION, encrypted: true },
      snapshot,
    });
  });

  it('shows nothing but the manifest, which holds no checksum of the data', () => {
    const entries = unzipSync(locked);
    expect(Object.keys(entries).sort()).toEqual(['manifest.json', 'sealed.bin']);
    const manifest = parse(entries[ENTRY.manifest]) as Record<string, unknown>;
    expect(manifest).toMatchObject({
      format: 'kompeten.backup',
      encrypted: true,
      cipher: 'AES-GCM',
      kdf: 'PBKDF2-SHA256',
      iterations: ITERATIONS,
    });
    expect(manifest).not.toHaveProperty('checksum');
    const text = new TextDecoder('latin1').decode(locked);
    expect(text).not.toContain('Siti Rahmawati');
    expect(text).not.toContain('data.json');
    // The salt and iv are fresh each time.
    expect(unzipSync(locked)[ENTRY.sealed]).not.toEqual(entries[ENTRY.data]);
  });

  it('asks for the passphrase, telling what the manifest says', async () => {
    expect(await readBackup(locked)).toEqual({
      ok: false,
      problem: {
        kind: 'needs-passphrase',
        meta: { ...META, schemaVersion: CURRENT_SCHEMA_VERSION, encrypted: true },
      },
    });
  });

  it('says a wrong passphrase is wrong instead of giving garbage', async () => {
    expect(problemOf(await readBackup(locked, 'kuda lumping di pasar pagi'))).toEqual({
      kind: 'wrong-passphrase',
    });
    expect(problemOf(await readBackup(locked, ''))).toEqual({ kind: 'wrong-passphrase' });
  });

  it('fails the same way when the sealed bytes were changed (GCM tag)', async () => {
    const entries = unzipSync(locked);
    const sealed = entries[ENTRY.sealed] as Uint8Array;
    for (const at of [0, sealed.length >> 1, sealed.length - 1]) {
      const changed = sealed.slice();
      changed[at] = (changed[at] ?? 0) ^ 0x01;
      const file = zipSync({ ...entries, [ENTRY.sealed]: changed }) as Uint8Array<ArrayBuffer>;
      expect(problemOf(await readBackup(file, PASSPHRASE))).toEqual({ kind: 'wrong-passphrase' });
    }
  });

  it('refuses a manifest asking for fewer key-derivation rounds than the minimum', async () => {
    const weak = await writeBackup(snapshot, META, { passphrase: PASSPHRASE, iterations: 1000 });
    expect(problemOf(await readBackup(weak, PASSPHRASE))).toMatchObject({
      kind: 'invalid',
      issues: [expect.objectContaining({ path: 'iterations' })],
    });
  });

  it('refuses a locked backup inside a locked backup', async () => {
    const { params, ciphertext } = await sealBytes(locked, PASSPHRASE, ITERATIONS);
    const manifest = parse(unzipSync(locked)[ENTRY.manifest]) as object;
    const twice = zipSync({
      [ENTRY.manifest]: json({ ...manifest, ...params }),
      [ENTRY.sealed]: ciphertext,
    }) as Uint8Array<ArrayBuffer>;
    expect(problemOf(await readBackup(twice, PASSPHRASE))).toEqual({
      kind: 'damaged',
      part: 'sealed.bin',
    });
  });
});

describe('refused files', () => {
  it('refuses an empty file and one above the size limit before reading anything', async () => {
    expect(problemOf(await readBackup(new Uint8Array(0)))).toEqual({ kind: 'empty' });
    const huge = new Uint8Array(BACKUP_FILE.maxBytes + 1);
    expect(problemOf(await readBackup(huge))).toEqual({
      kind: 'too-large',
      size: BACKUP_FILE.maxBytes + 1,
      maxBytes: BACKUP_FILE.maxBytes,
    });
  });

  it('says a file that is not a zip is not a backup', async () => {
    for (const bytes of [
      json({ hello: 'world' }),
      new TextEncoder().encode('%PDF-1.4\n'),
      new Uint8Array([0x50, 0x4b]),
      new Uint8Array(1000),
    ]) {
      expect(problemOf(await readBackup(bytes as Uint8Array<ArrayBuffer>))).toEqual({
        kind: 'not-backup',
      });
    }
    // Another Kompeten file chosen by mistake may be named as such.
    const pack = json({ format: 'kompeten.framework-pack', formatVersion: 1 });
    expect([{ kind: 'not-backup' }, { kind: 'wrong-type', found: 'pack' }]).toContainEqual(
      problemOf(await readBackup(pack)),
    );
  });

  it('calls a file cut short damaged, wherever it was cut', async () => {
    const cuts = [4, 30, 100, plain.length >> 2, plain.length >> 1, plain.length - 23];
    for (const length of [...cuts, plain.length - 22, plain.length - 1]) {
      const problem = problemOf(await readBackup(plain.slice(0, length)));
      expect(problem, `cut at ${length}`).toEqual({ kind: 'damaged', part: 'zip' });
    }
    for (const length of [1, 2, 3]) {
      expect(problemOf(await readBackup(plain.slice(0, length)))).toEqual({ kind: 'not-backup' });
    }
    for (const length of [100, locked.length >> 1, locked.length - 1]) {
      expect(problemOf(await readBackup(locked.slice(0, length), PASSPHRASE))).toEqual({
        kind: 'damaged',
        part: 'zip',
      });
    }
  });

  it('notices a changed byte in data.json by its checksum (or the zip breaking)', async () => {
    const data = zipLayout(plain).get(ENTRY.data);
    if (!data) throw new Error('no data.json');
    const seen = new Set<string>();
    const original = await readBackup(plain);
    for (let at = data.dataStart; at < data.dataEnd; at += 97) {
      const changed = plain.slice();
      changed[at] = (changed[at] ?? 0) ^ 0x10;
      const read = await readBackup(changed);
      // A flipped bit that deflate never reads (padding, an unused code) changes nothing it
      // holds: then the data read must be exactly the original's.
      if (read.ok && original.ok) {
        expect(read.snapshot).toEqual(original.snapshot);
        continue;
      }
      const problem = problemOf(read);
      expect([
        { kind: 'checksum', part: 'data.json' },
        { kind: 'damaged', part: 'zip' },
      ]).toContainEqual(problem);
      seen.add(problem.kind);
    }
    expect(seen).toContain('checksum');
  });

  it('notices a changed byte in an evidence file by its checksum', async () => {
    const file = zipLayout(plain).get('files/1');
    if (!file) throw new Error('no files/1');
    for (const at of [file.dataStart, file.dataEnd - 1]) {
      const changed = plain.slice();
      changed[at] = (changed[at] ?? 0) ^ 0xff;
      expect(problemOf(await readBackup(changed))).toEqual({ kind: 'checksum', part: 'files/1' });
    }
  });

  it('notices a replaced manifest checksum', async () => {
    const crafted = await craftBackup({
      data: await backupData(snapshot),
      manifest: { checksum: '0'.repeat(64) },
      entries: fileEntries(snapshot),
    });
    expect(problemOf(await readBackup(crafted))).toEqual({ kind: 'checksum', part: 'data.json' });
  });

  it('names a missing manifest, data or file entry', async () => {
    const entries = unzipSync(plain);
    const without = (name: string) =>
      zipSync(
        Object.fromEntries(Object.entries(entries).filter(([n]) => n !== name)),
      ) as Uint8Array<ArrayBuffer>;
    for (const part of ['manifest.json', 'data.json', 'files/2']) {
      expect(problemOf(await readBackup(without(part)))).toEqual({ kind: 'damaged', part });
    }
    expect(problemOf(await readBackup(zipSync({}) as Uint8Array<ArrayBuffer>))).toEqual({
      kind: 'damaged',
      part: 'manifest.json',
    });
  });

  it('refuses a manifest that is not JSON, or of another kind', async () => {
    const entries = unzipSync(plain);
    const withManifest = (bytes: Uint8Array) =>
      zipSync({ ...entries, [ENTRY.manifest]: bytes }) as Uint8Array<ArrayBuffer>;
    expect(problemOf(await readBackup(withManifest(json('x').subarray(0, 2))))).toEqual({
      kind: 'truncated',
    });
    expect(
      problemOf(await readBackup(withManifest(new TextEncoder().encode('<xml/>')))),
    ).toMatchObject({
      kind: 'not-json',
    });
    const pack = { format: 'kompeten.framework-pack', formatVersion: 1 };
    expect(['invalid', 'wrong-type']).toContain(
      problemOf(await readBackup(withManifest(json(pack)))).kind,
    );
  });

  it('refuses another format version of the manifest', async () => {
    const crafted = await craftBackup({
      data: await backupData(snapshot),
      manifest: { version: 2 },
      entries: fileEntries(snapshot),
    });
    const problem = problemOf(await readBackup(crafted));
    // The manifest is read without a `format` entry of its own in JSON_FORMATS, so the schema
    // refuses the version; with one, readJsonFile would name it wrong-version.
    if (problem.kind === 'wrong-version') {
      expect(problem).toEqual({ kind: 'wrong-version', found: 2, supported: 1 });
    } else {
      expect(problem).toEqual({
        kind: 'invalid',
        issues: [expect.objectContaining({ path: 'version' })],
      });
    }
  });

  it('says a backup from a newer schema needs a newer app, locked or not', async () => {
    const crafted = await craftBackup({
      data: await backupData(snapshot),
      manifest: { schemaVersion: 99, appVersion: '9.0.0' },
      entries: fileEntries(snapshot),
    });
    expect(problemOf(await readBackup(crafted))).toEqual({
      kind: 'newer-schema',
      schemaVersion: 99,
      appVersion: '9.0.0',
    });
    const entries = unzipSync(locked);
    const newer = CURRENT_SCHEMA_VERSION + 1;
    const manifest = { ...(parse(entries[ENTRY.manifest]) as object), schemaVersion: newer };
    const newerLocked = zipSync({ ...entries, [ENTRY.manifest]: json(manifest) });
    expect(problemOf(await readBackup(newerLocked as Uint8Array<ArrayBuffer>))).toEqual({
      kind: 'newer-schema',
      schemaVersion: newer,
      appVersion: META.appVersion,
    });
  });

  it('names the field of an invalid row', async () => {
    const data = clone(await backupData(snapshot));
    (data.tables.practiceEntries[0] as { date: string }).date = '2-11-2026';
    (data.tables.rounds[1] as { number: number }).number = 0;
    const crafted = await craftBackup({ data, entries: fileEntries(snapshot) });
    const problem = problemOf(await readBackup(crafted));
    expect(problem.kind).toBe('invalid');
    expect(problem.kind === 'invalid' && problem.issues.map((i) => i.path).sort()).toEqual([
      'tables.practiceEntries[0].date',
      'tables.rounds[1].number',
    ]);
  });

  it('refuses a missing table, an unknown table and an unknown field', async () => {
    const cases: ((data: Record<string, Record<string, unknown>>) => void)[] = [
      (data) => delete data.tables?.supervisors,
      (data) => ((data.tables ?? {}).secrets = []),
      (data) => ((data.tables?.rounds as Record<string, unknown>[])[0]!.extra = 1),
    ];
    for (const change of cases) {
      const data = clone(await backupData(snapshot)) as unknown as Record<
        string,
        Record<string, unknown>
      >;
      change(data);
      const crafted = await craftBackup({ data, entries: fileEntries(snapshot) });
      expect(problemOf(await readBackup(crafted)).kind).toBe('invalid');
    }
  });

  it('judges rows an older file holds for a table its version did not have, never drops them', async () => {
    const data = clone(await backupData(snapshot));
    const crafted = await craftBackup({
      data,
      manifest: { schemaVersion: 4 },
      entries: fileEntries(snapshot),
    });
    const read = await readBackup(crafted);
    // Valid rows are kept as they are…
    expect(read.ok && read.snapshot.tables.practiceEntries).toEqual(
      snapshot.tables.practiceEntries,
    );
    // …and broken ones are refused like any other.
    (data.tables.practiceEntries[0] as { date: string }).date = 'kemarin';
    const broken = await craftBackup({
      data,
      manifest: { schemaVersion: 4 },
      entries: fileEntries(snapshot),
    });
    const problem = problemOf(await readBackup(broken));
    expect(problem.kind === 'invalid' && problem.issues[0]?.path).toBe(
      'tables.practiceEntries[0].date',
    );
  });

  it('refuses evidence whose file is not in the backup', async () => {
    const data = clone(await backupData(snapshot));
    const index = data.tables.evidence.findIndex((e) => e.id === data.files[2]?.id);
    data.files.splice(2, 1);
    const entries = fileEntries(snapshot);
    delete entries['files/2'];
    const crafted = await craftBackup({ data, entries });
    expect(problemOf(await readBackup(crafted))).toEqual({
      kind: 'invalid',
      issues: [ownIssue(`tables.evidence[${index}].file`, 'file-missing')],
    });
  });

  it('refuses a file that belongs to no evidence item, or is not the size it claims', async () => {
    const extra = new Uint8Array([1, 2, 3]);
    const data = clone(await backupData(snapshot));
    data.files.push({ id: 'nobody', type: 'text/plain', size: 3, sha256: await sha256Hex(extra) });
    const crafted = await craftBackup({
      data,
      entries: { ...fileEntries(snapshot), 'files/3': extra },
    });
    expect(problemOf(await readBackup(crafted))).toEqual({
      kind: 'invalid',
      issues: [ownIssue('files[3]', 'orphan-file')],
    });

    const sized = clone(await backupData(snapshot));
    const owner = sized.tables.evidence.find((e) => e.id === sized.files[0]?.id);
    if (!owner?.file) throw new Error('no owner');
    owner.file.size += 1;
    const wrongSize = await craftBackup({ data: sized, entries: fileEntries(snapshot) });
    expect(problemOf(await readBackup(wrongSize))).toEqual({
      kind: 'invalid',
      issues: [ownIssue('files[0]', 'file-size-mismatch')],
    });
  });

  it('refuses one evidence file listed twice', async () => {
    const data = clone(await backupData(snapshot));
    data.files.push(data.files[0]!);
    const entries = { ...fileEntries(snapshot), 'files/3': snapshot.files[0]!.bytes };
    const crafted = await craftBackup({ data, entries });
    expect(problemOf(await readBackup(crafted))).toEqual({
      kind: 'invalid',
      issues: [ownIssue('files[3]', 'orphan-file')],
    });
  });

  it('refuses a record listed twice', async () => {
    const data = clone(await backupData(snapshot));
    data.tables.rounds.push({ ...data.tables.rounds[0]!, number: 7 });
    data.tables.answers.push({ ...data.tables.answers[0]!, reflection: 'lain' });
    data.tables.profile.push({ ...data.tables.profile[0]!, fullName: 'Orang Lain' });
    const crafted = await craftBackup({ data, entries: fileEntries(snapshot) });
    const n = snapshot.tables;
    expect(problemOf(await readBackup(crafted))).toEqual({
      kind: 'invalid',
      issues: [
        ownIssue(`tables.profile[${n.profile.length}]`, 'duplicate-record'),
        ownIssue(`tables.rounds[${n.rounds.length}]`, 'duplicate-record'),
        ownIssue(`tables.answers[${n.answers.length}]`, 'duplicate-record'),
      ],
    });
  });

  it('tells apart two-part keys whose parts hold any character', async () => {
    const data = clone(await backupData(snapshot));
    const answer = data.tables.answers[0]!;
    data.tables.answers = [
      { ...answer, roundId: 'a\u0000', criterionId: 'b' },
      { ...answer, roundId: 'a', criterionId: '\u0000b' },
    ];
    const read = await readBackup(await craftBackup({ data, entries: fileEntries(snapshot) }));
    expect(read.ok && read.snapshot.tables.answers).toEqual(data.tables.answers);
  });

  it('refuses a listed file whose entry is shorter or longer than listed', async () => {
    const entries = fileEntries(snapshot);
    const first = snapshot.files[0]!.bytes;
    const crafted = await craftBackup({
      data: await backupData(snapshot),
      entries: { ...entries, 'files/0': first.subarray(0, first.length - 1) },
    });
    expect(problemOf(await readBackup(crafted))).toEqual({ kind: 'checksum', part: 'files/0' });
  });

  it('stops inflating a deflated entry at the size its header states (zip bomb)', async () => {
    const data = json(await backupData(snapshot));
    // Valid JSON followed by 8 MB of spaces: deflates to a few kB, and its checksum is right.
    const bomb = new Uint8Array(data.length + 8 * 1024 * 1024).fill(0x20);
    bomb.set(data);
    const crafted = await craftBackup({ data: bomb, entries: fileEntries(snapshot) });
    const entry = zipLayout(crafted).get(ENTRY.data);
    if (!entry) throw new Error('no data.json');
    expect(entry.dataEnd - entry.dataStart).toBeLessThan(50_000);
    // Unchanged, it reads: the spaces are only whitespace.
    expect((await readBackup(crafted)).ok).toBe(true);
    // Claiming to be 1 kB, it is cut there: the bytes read are not the ones the checksum covers.
    const view = new DataView(crafted.buffer);
    view.setUint32(entry.central + 24, 1024, true);
    view.setUint32(entry.local + 22, 1024, true);
    expect(problemOf(await readBackup(crafted))).toEqual({ kind: 'checksum', part: 'data.json' });
  });

  it('refuses a deflated entry claiming more than its bytes can inflate to, before allocating it', async () => {
    const crafted = await craftBackup({
      data: await backupData(snapshot),
      entries: fileEntries(snapshot),
    });
    const entry = zipLayout(crafted).get(ENTRY.data);
    if (!entry) throw new Error('no data.json');
    const compressed = entry.dataEnd - entry.dataStart;
    const view = new DataView(crafted.buffer);
    // Inflating checks nothing but the bytes: without the claim refused first, this file reads.
    view.setUint32(entry.central + 24, compressed * 1032 + 1024, true);
    expect((await readBackup(crafted)).ok).toBe(true);
    view.setUint32(entry.central + 24, 400 * 1024 * 1024, true);
    expect(problemOf(await readBackup(crafted))).toEqual({ kind: 'damaged', part: 'zip' });
  });

  it('refuses entries that together claim far more than a backup can hold', async () => {
    const crafted = await craftBackup({
      data: await backupData(snapshot),
      entries: fileEntries(snapshot),
    });
    // A stored entry: nothing is allocated for it, but its claim counts all the same.
    const entry = zipLayout(crafted).get('files/0');
    if (!entry) throw new Error('no files/0');
    const view = new DataView(crafted.buffer);
    view.setUint32(entry.central + 24, 0xfffffff0, true);
    view.setUint32(entry.local + 22, 0xfffffff0, true);
    expect(problemOf(await readBackup(crafted))).toEqual({ kind: 'damaged', part: 'zip' });
  });

  it('stops at a zip64 directory claiming billions of entries (it would read on for minutes)', async () => {
    const zip = await craftBackup({
      data: await backupData(snapshot),
      entries: fileEntries(snapshot),
    });
    const endAt = zip.length - 22;
    const directoryAt = new DataView(zip.buffer).getUint32(endAt + 16, true);
    // A zip64 end record (count 0xffffffff, same directory) and its locator before the end record.
    const record = new DataView(new ArrayBuffer(56));
    record.setUint32(0, 0x06064b50, true);
    record.setUint32(32, 0xffffffff, true);
    record.setUint32(48, directoryAt, true);
    const locator = new DataView(new ArrayBuffer(20));
    locator.setUint32(0, 0x07064b50, true);
    locator.setUint32(8, endAt, true);
    const crafted = new Uint8Array(zip.length + 76);
    crafted.set(zip.subarray(0, endAt));
    crafted.set(new Uint8Array(record.buffer), endAt);
    crafted.set(new Uint8Array(locator.buffer), endAt + 56);
    crafted.set(zip.subarray(endAt), endAt + 76);
    const started = performance.now();
    expect(problemOf(await readBackup(crafted))).toEqual({ kind: 'damaged', part: 'zip' });
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('neither pollutes prototypes nor keeps "__proto__" keys', async () => {
    const data = await backupData(snapshot);
    const text = JSON.stringify(data);
    const attack = '{"__proto__":{"polluted":"yes"},';
    const withProto = (at: string) => {
      const i = text.indexOf(at) + at.length - 1;
      return new TextEncoder().encode(`${text.slice(0, i)}${attack}${text.slice(i + 1)}`);
    };
    const settingsAt = '"settings":[{';
    const valuesAt = '"values":{';
    const outcomes: unknown[] = [];
    for (const bytes of [
      withProto('{'),
      withProto('"tables":{'),
      withProto(settingsAt),
      withProto('"rounds":[{'),
      withProto(valuesAt),
    ]) {
      const result = await readBackup(
        await craftBackup({ data: bytes, entries: fileEntries(snapshot) }),
      );
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('polluted');
      if (result.ok) {
        const { tables } = result.snapshot;
        const objects: unknown[] = [result.snapshot, tables, ...Object.values(tables).flat()];
        objects.push(...tables.cvEntries.map((row) => row.values));
        for (const object of objects) {
          expect(Object.getPrototypeOf(object)).toBe(Object.prototype);
          expect(Object.hasOwn(object as object, '__proto__')).toBe(false);
          expect((object as Record<string, unknown>).polluted).toBeUndefined();
        }
        expect(result.snapshot).toEqual(snapshot);
      }
      outcomes.push(result.ok ? 'ok' : result.problem);
    }
    // Objects that allow no other keys refuse it as an unknown key; the others drop it.
    expect(outcomes).toEqual([
      'ok',
      'ok',
      'ok',
      { kind: 'invalid', issues: [expect.objectContaining({ path: 'tables.rounds[0]' })] },
      'ok',
    ]);
  });
});
