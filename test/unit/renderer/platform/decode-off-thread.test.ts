import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { en } from 'zod/locales';
import { writeBackup } from '../../../../shared/backup/write';
import { FILE_KINDS } from '../../../../shared/files/file-kinds';
import { signoffRequestSchema } from '../../../../shared/signoff/files';
import { buildRequest } from '../../../../shared/signoff/request';
import { runDecodeJob } from '../../../../renderer/src/platform/decode-job';
import {
  decodeFile,
  DecodeWorkerError,
  parseCsvOffThread,
  readBackupOffThread,
} from '../../../../renderer/src/platform/decode-off-thread';
import type { DecodeRequest } from '../../../../renderer/src/platform/decode-protocol';
import { testPracticeEntry } from '../../../support/entry';
import { makeTestSnapshot } from '../../../support/snapshot';

type Behaviour = 'answer' | 'crash' | 'unreadable-answer' | 'no-start';

/**
 * A stand-in for the browser's Worker: it takes the message by structured clone, as a real one
 * does (so code or closures in it fail here as they would there), runs the job and answers.
 */
class FakeWorker {
  static behaviour: Behaviour = 'answer';
  static made: FakeWorker[] = [];
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  received: DecodeRequest[] = [];
  terminated = false;

  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    if (FakeWorker.behaviour === 'no-start') throw new DOMException('blocked', 'SecurityError');
    FakeWorker.made.push(this);
  }

  postMessage(message: DecodeRequest, transfer: Transferable[] = []) {
    const request = structuredClone(message, { transfer });
    this.received.push(request);
    setTimeout(() => void this.answer(request), 0);
  }

  private async answer(request: DecodeRequest) {
    if (this.terminated) return;
    if (FakeWorker.behaviour === 'crash') {
      this.onerror?.(
        Object.assign(new Event('error'), {
          message: 'Uncaught RangeError: out of memory',
        }) as ErrorEvent,
      );
      return;
    }
    if (FakeWorker.behaviour === 'unreadable-answer') return this.onmessageerror?.();
    const { reply, transfer } = await runDecodeJob(request);
    this.onmessage?.(new MessageEvent('message', { data: structuredClone(reply, { transfer }) }));
  }

  terminate() {
    this.terminated = true;
  }
}

const encode = (text: string) => new TextEncoder().encode(text);

beforeEach(() => {
  FakeWorker.behaviour = 'answer';
  FakeWorker.made = [];
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => {
  vi.unstubAllGlobals();
  z.config(en());
});

const request = (entries: number) =>
  buildRequest({
    requestId: '6f1c1a5e-8d59-4c5e-9a53-1d2b3c4d5e6f',
    entries: Array.from({ length: entries }, (_, i) => testPracticeEntry({ id: `e${i}` })),
    candidate: { name: 'Siti Rahmawati', strNumber: '' },
    supervisor: { id: 'sup-1', name: 'Ani Suryani', fingerprint: '' },
    fieldLabels: {},
    now: new Date('2026-11-10T08:00:00Z'),
  }).request;

describe('decoding an opened file', () => {
  it('runs its kind in a module worker of its own, which ends with the answer', async () => {
    const bytes = encode('[0,0,0]');
    expect(await decodeFile(FILE_KINDS.keyCard, bytes)).toEqual({
      ok: false,
      problem: {
        kind: 'invalid',
        issues: [{ path: '', message: 'Input tidak valid: diharapkan object, diterima array' }],
      },
    });
    const [worker] = FakeWorker.made;
    expect(worker?.options).toEqual({ type: 'module' });
    expect(worker?.url.pathname).toMatch(/decode\.worker\.ts$/);
    expect(worker?.received).toEqual([
      { job: 'file', kind: 'keyCard', bytes: encode('[0,0,0]'), language: 'id' },
    ]);
    expect(worker?.terminated).toBe(true);
    // Moved, not copied: the caller's array is empty now.
    expect(bytes.byteLength).toBe(0);
  });

  it('applies a stricter schema, closures and all, on the page to what the worker accepted', async () => {
    const twoOrMore = FILE_KINDS.request.withSchema(
      signoffRequestSchema.refine((r) => r.entries.length > 1, 'two entries or more'),
    );
    expect(await decodeFile(twoOrMore, encode(JSON.stringify(request(1))))).toEqual({
      ok: false,
      problem: { kind: 'invalid', issues: [{ path: '', message: 'two entries or more' }] },
    });
    // Only data went to the worker: the kind's id, not its schema.
    expect(FakeWorker.made[0]?.received[0]).toMatchObject({ job: 'file', kind: 'request' });
    expect(await decodeFile(twoOrMore, encode(JSON.stringify(request(2))))).toMatchObject({
      ok: true,
      value: { entries: [{ id: 'e0' }, { id: 'e1' }] },
    });
  });

  it('hands a backup on without a worker: its decode reads nothing', async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 3, 4]);
    expect(await decodeFile(FILE_KINDS.backup, bytes)).toEqual({ ok: true, value: bytes });
    expect(FakeWorker.made).toEqual([]);
  });

  it.each<[Behaviour, RegExp]>([
    ['crash', /out of memory/],
    ['unreadable-answer', /answer could not be read/],
    ['no-start', /blocked/],
  ])('makes a worker that fails (%s) a problem with the file', async (behaviour, reason) => {
    FakeWorker.behaviour = behaviour;
    const read = await decodeFile(FILE_KINDS.pack, encode('{}'));
    expect(read).toMatchObject({
      ok: false,
      problem: {
        kind: 'invalid',
        issues: [
          {
            path: '',
            code: 'check-interrupted',
            params: { reason: expect.stringMatching(reason) },
          },
        ],
      },
    });
    expect(FakeWorker.made.every((worker) => worker.terminated)).toBe(true);
  });

  it('makes a reading that throws in the worker a problem with the file', async () => {
    vi.spyOn(FILE_KINDS.pack, 'decode').mockImplementation(() => {
      throw new RangeError('Invalid string length');
    });
    expect(await decodeFile(FILE_KINDS.pack, encode('{}'))).toMatchObject({
      ok: false,
      problem: {
        issues: [{ params: { reason: expect.stringContaining('Invalid string length') } }],
      },
    });
  });

  it('reads in this thread where there are no workers, as component tests run', async () => {
    vi.stubGlobal('Worker', undefined);
    const kind = FILE_KINDS.request.withSchema(
      signoffRequestSchema.refine(() => false, 'refused here'),
    );
    expect(await decodeFile(kind, encode(JSON.stringify(request(1))))).toMatchObject({
      ok: false,
      problem: { issues: [{ message: 'refused here' }] },
    });
    expect(FakeWorker.made).toEqual([]);
  });
});

describe('reading a backup off the page', () => {
  const META = {
    appVersion: '1.0.0',
    createdAt: '2026-11-20T08:00:00.000Z',
    reason: 'manual',
  } as const;

  it('sends the passphrase along, and has the bytes back for another try', async () => {
    const snapshot = await makeTestSnapshot({ evidenceFiles: 1, evidenceBytes: 500 });
    const bytes = await writeBackup(snapshot, META, {
      passphrase: 'kopi tubruk pagi',
      iterations: 100_000,
    });
    expect(await readBackupOffThread(bytes, 'salah')).toMatchObject({
      ok: false,
      problem: { kind: 'wrong-passphrase' },
    });
    // The caller's array moved to the worker; it still names the backup.
    expect(bytes.byteLength).toBe(0);
    const read = await readBackupOffThread(bytes, 'kopi tubruk pagi');
    expect(read).toMatchObject({ ok: true, meta: { encrypted: true } });
    expect(read.ok && read.snapshot.files[0]?.bytes).toEqual(snapshot.files[0]?.bytes);
    expect(FakeWorker.made[1]?.received[0]).toMatchObject({ passphrase: 'kopi tubruk pagi' });
  });

  it('lets readings of one backup wait for one another, as a re-run effect starts two', async () => {
    const bytes = await writeBackup(await makeTestSnapshot({ evidenceFiles: 0 }), META);
    const [first, second] = await Promise.all([
      readBackupOffThread(bytes),
      readBackupOffThread(bytes),
    ]);
    expect(first).toMatchObject({ ok: true });
    expect(second).toEqual(first);
  });

  it('rejects when the worker fails, so the restore says it failed', async () => {
    FakeWorker.behaviour = 'crash';
    const bytes = new Uint8Array(4);
    await expect(readBackupOffThread(bytes)).rejects.toBeInstanceOf(DecodeWorkerError);
    // The bytes went with the worker: another try says so instead of reading an empty file.
    FakeWorker.behaviour = 'answer';
    await expect(readBackupOffThread(bytes)).rejects.toThrow(/went with a worker that failed/);
  });
});

describe('parsing a CSV off the page', () => {
  it('gives what the parser gives, in a worker or not', async () => {
    const vocabulary = {
      choices: { field: [], practiceLevel: [], practiceForm: [], stage: [], activityKind: [] },
      supervisors: [],
      defaultPackId: 'pack',
    };
    const inWorker = await parseCsvOffThread('a;b\r\n1;2', vocabulary, '2026-11-20');
    vi.stubGlobal('Worker', undefined);
    expect(await parseCsvOffThread('a;b\r\n1;2', vocabulary, '2026-11-20')).toEqual(inWorker);
    expect(inWorker).toMatchObject({ ok: false, problem: { kind: 'missing-columns' } });
    expect(FakeWorker.made).toHaveLength(1);
  });
});
