import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { en } from 'zod/locales';
import { readBackup } from '../../../../shared/backup/read';
import { writeBackup } from '../../../../shared/backup/write';
import { FILE_KINDS, MAX_ISSUE_TEXT } from '../../../../shared/files/file-kinds';
import { runDecodeJob } from '../../../../renderer/src/platform/decode-job';
import type { DecodeReply } from '../../../../renderer/src/platform/decode-protocol';
import { craftBackup, makeTestSnapshot } from '../../../support/snapshot';

const encode = (text: string) => new TextEncoder().encode(text);
const META = {
  appVersion: '1.0.0',
  createdAt: '2026-11-20T08:00:00.000Z',
  reason: 'manual',
} as const;

/** The result of a reply that must be `done`. */
function resultOf(reply: DecodeReply) {
  if (reply.kind !== 'done') throw new Error(`failed: ${reply.message}`);
  return reply.result;
}

/** What a backup job read, and the bytes it gives back. */
async function backupJob(bytes: Uint8Array<ArrayBuffer>, passphrase?: string) {
  const { reply, transfer } = await runDecodeJob({
    job: 'backup',
    bytes,
    passphrase,
    language: 'en',
  });
  const result = resultOf(reply);
  if (!('read' in result)) throw new Error('not a backup job');
  return { ...result, transfer };
}

// The job sets zod's language for the whole (worker) process; give the next test zod's default.
afterEach(() => void z.config(en()));

describe('a decode job', () => {
  it('reads a file as its kind in this thread would, with zod in the UI language', async () => {
    const bytes = encode('[0,0,0]');
    const id = await runDecodeJob({ job: 'file', kind: 'bank', bytes, language: 'id' });
    expect(resultOf(id.reply)).toEqual({
      ok: false,
      problem: {
        kind: 'invalid',
        issues: [{ path: '', message: 'Input tidak valid: diharapkan object, diterima array' }],
      },
    });
    const english = await runDecodeJob({ job: 'file', kind: 'bank', bytes, language: 'en' });
    expect(resultOf(english.reply)).toEqual(await FILE_KINDS.bank.decode(bytes));
    expect(english.transfer).toEqual([]);
  });

  it('reads a backup, handing its evidence files over instead of copying them', async () => {
    const snapshot = await makeTestSnapshot({ evidenceFiles: 3, evidenceBytes: 1000 });
    const bytes = await writeBackup(snapshot, META);
    const { read, bytes: back, transfer } = await backupJob(bytes);
    expect(read).toEqual(await readBackup(bytes));
    if (!read.ok) throw new Error(read.problem.kind);
    // The backup's own bytes go back too, for another passphrase.
    expect(back).toBe(bytes);
    const buffers = new Set([bytes.buffer, ...read.snapshot.files.map((f) => f.bytes.buffer)]);
    expect(new Set(transfer)).toEqual(buffers);
    expect(transfer).toHaveLength(buffers.size);
  });

  it('sends the passphrase along to a locked backup', async () => {
    const snapshot = await makeTestSnapshot({ evidenceFiles: 0 });
    const bytes = await writeBackup(snapshot, META, {
      passphrase: 'kopi tubruk pagi',
      iterations: 100_000,
    });
    expect((await backupJob(bytes)).read).toMatchObject({
      ok: false,
      problem: { kind: 'needs-passphrase' },
    });
    expect((await backupJob(bytes, 'salah')).read).toMatchObject({
      ok: false,
      problem: { kind: 'wrong-passphrase' },
    });
    expect((await backupJob(bytes, 'kopi tubruk pagi')).read).toMatchObject({
      ok: true,
      meta: { encrypted: true },
    });
  });

  it("keeps a backup's problem small: zod names every unknown key in one message", async () => {
    const keys = Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`k${i}`, 0]));
    const bytes = await craftBackup({ data: { ...keys, tables: {}, files: [] } });
    const { read } = await backupJob(bytes);
    if (read.ok || read.problem.kind !== 'invalid') throw new Error('not refused as invalid');
    for (const issue of read.problem.issues) {
      expect(issue.message.length).toBeLessThanOrEqual(MAX_ISSUE_TEXT);
    }
    expect(read.problem.issues.some((issue) => issue.message.endsWith('…'))).toBe(true);
  });

  it('parses a practice-log CSV with the vocabulary it is given', async () => {
    const { reply } = await runDecodeJob({
      job: 'csv',
      text: 'kolom1;kolom2\r\nx;y',
      vocabulary: {
        choices: { field: [], practiceLevel: [], practiceForm: [], stage: [], activityKind: [] },
        supervisors: [],
        defaultPackId: 'pack',
      },
      today: '2026-11-20',
      language: 'id',
    });
    expect(resultOf(reply)).toMatchObject({ ok: false, problem: { kind: 'missing-columns' } });
  });

  it('answers with the reason when reading throws, never leaving the page without a reply', async () => {
    vi.spyOn(FILE_KINDS.pack, 'decode').mockImplementation(() => {
      throw new RangeError('Invalid string length');
    });
    const bytes = encode('{}');
    expect(await runDecodeJob({ job: 'file', kind: 'pack', bytes, language: 'id' })).toEqual({
      reply: { kind: 'failed', message: 'Invalid string length' },
      transfer: [],
    });
  });
});
