import { readBackup, type BackupReadResult } from '../../../shared/backup/read';
import type { FileKind, FileValues } from '../../../shared/files/file-kinds';
import {
  fileProblem,
  ownIssue,
  type FileKindId,
  type FileResult,
} from '../../../shared/files/file-problem';
import {
  parsePracticeCsv,
  type CsvParseResult,
  type CsvVocabulary,
} from '../../../shared/practice/csv';
import { currentLanguage } from '../i18n';
import type { DecodeJob, DecodeJobs, DecodeReply, DecodeRequest } from './decode-protocol';

/** Raised when the decode worker could not finish: it failed to start, crashed or threw. */
export class DecodeWorkerError extends Error {
  constructor(readonly reason: string) {
    super(`The file could not be checked to the end (${reason})`);
    this.name = 'DecodeWorkerError';
  }
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Where there is no Worker (component tests under happy-dom), files are read in this thread. */
const workersAvailable = () => typeof Worker !== 'undefined';

/**
 * The buffer to move to the worker instead of copying it: a copy costs the page about 1 ms per
 * megabyte (a 512 MB backup would hold it for over half a second).
 */
const movable = (bytes: Uint8Array): ArrayBuffer[] =>
  bytes.buffer instanceof ArrayBuffer ? [bytes.buffer] : [];

/**
 * Runs one job in a worker of its own and ends it once the reply is in. Every way a worker can
 * fail rejects, so a caller never waits for ever.
 */
function inWorker<J extends DecodeJob>(
  request: DecodeRequest<J>,
  transfer: Transferable[],
): Promise<DecodeJobs[J]['result']> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./decode.worker.ts', import.meta.url), { type: 'module' });
    } catch (error) {
      return reject(new DecodeWorkerError(reasonOf(error)));
    }
    const fail = (reason: string) => {
      worker.terminate();
      reject(new DecodeWorkerError(reason));
    };
    worker.onmessage = (event: MessageEvent<DecodeReply<J>>) => {
      const reply = event.data;
      if (reply.kind === 'failed') return fail(reply.message);
      worker.terminate();
      resolve(reply.result);
    };
    worker.onerror = (event) => {
      // Also stops the error from being reported as the page's own.
      event.preventDefault();
      fail(event.message || 'the worker stopped');
    };
    worker.onmessageerror = () => fail('its answer could not be read');
    try {
      worker.postMessage(request, transfer);
    } catch (error) {
      fail(reasonOf(error));
    }
  });
}

/**
 * Reads a file of `kind`: FILE_KINDS' decode in a worker, then the kind's own `refine` here, on
 * what the worker accepted. The bytes move to the worker (the caller's array is left empty), so
 * hand over bytes that are needed for nothing else. A worker that fails is a problem with the
 * file, as the user sees it: it was not accepted, and nothing was stored.
 */
export async function decodeFile<T, K extends FileKindId>(
  kind: FileKind<T, K>,
  bytes: Uint8Array,
): Promise<FileResult<T>> {
  if (!kind.inWorker || !workersAvailable()) return kind.decode(bytes);
  let read: FileResult<FileValues[K]>;
  try {
    const request = { job: 'file', kind: kind.id, bytes, language: currentLanguage() } as const;
    // The worker ran FILE_KINDS[kind.id].decode, which gives a FileValues[K].
    read = (await inWorker(request, movable(bytes))) as FileResult<FileValues[K]>;
  } catch (error) {
    if (!(error instanceof DecodeWorkerError)) throw error;
    // Worded by the renderer; the worker's own reason (English, technical) goes in brackets.
    const issue = ownIssue('', 'check-interrupted', { reason: error.reason });
    return fileProblem({ kind: 'invalid', issues: [issue] });
  }
  return read.ok ? kind.refine(read.value) : read;
}

/**
 * Where the bytes of each backup handed to `readBackupOffThread` are now: they move to the worker
 * and come back with its answer, while the caller keeps the array it passed (empty meanwhile)
 * as their name. Readings of one backup wait for one another.
 */
const backupBytes = new WeakMap<Uint8Array, Promise<Uint8Array<ArrayBuffer> | null>>();

/**
 * `readBackup` in a worker: unpacking, checksums and every row's schema, however large the file.
 * Call it again with the same array to try another passphrase. A worker that fails rejects with
 * a DecodeWorkerError, as a failed reading would; the bytes are gone with it.
 */
export function readBackupOffThread(
  bytes: Uint8Array<ArrayBuffer>,
  passphrase?: string,
): Promise<BackupReadResult> {
  if (!workersAvailable()) return readBackup(bytes, passphrase);
  const answer = (backupBytes.get(bytes) ?? Promise.resolve(bytes)).then((here) => {
    if (!here) throw new DecodeWorkerError('the file went with a worker that failed');
    const language = currentLanguage();
    return inWorker({ job: 'backup', bytes: here, passphrase, language }, movable(here));
  });
  // Set before anything is awaited, so a second reading waits for this one's bytes.
  backupBytes.set(
    bytes,
    answer.then(
      (back) => back.bytes,
      () => null,
    ),
  );
  return answer.then((back) => back.read);
}

/**
 * `parsePracticeCsv` in a worker: a CSV may hold 10 MB of cells, which take the parser longer
 * than a page may stop for. The text is copied (about 1 ms per megabyte). A worker that fails
 * rejects with a DecodeWorkerError.
 */
export function parseCsvOffThread(
  text: string,
  vocabulary: CsvVocabulary,
  today: string,
): Promise<CsvParseResult> {
  if (!workersAvailable()) return Promise.resolve(parsePracticeCsv(text, vocabulary, today));
  return inWorker({ job: 'csv', text, vocabulary, today, language: currentLanguage() }, []);
}
