import { z } from 'zod';
import { en as zodEn, id as zodId } from 'zod/locales';
import { readBackup } from '../../../shared/backup/read';
import { boundedProblem, FILE_KINDS } from '../../../shared/files/file-kinds';
import { parsePracticeCsv } from '../../../shared/practice/csv';
import type { Language } from '../../../shared/settings/settings';
import type { DecodeJob, DecodeJobs, DecodeReply, DecodeRequest } from './decode-protocol';

/**
 * zod's messages in each UI language, as on the page (ZOD_LOCALES in i18n/index.ts, which the
 * worker does not load: it would bring every catalogue along). The type check asks for a row per
 * language here too.
 */
const ZOD_LOCALES: Record<Language, () => z.core.$ZodConfig> = { id: zodId, en: zodEn };

/** The buffers a reply moves instead of copying: a backup's own bytes and its evidence files. */
function transferablesOf(reply: DecodeReply): ArrayBuffer[] {
  if (reply.kind !== 'done' || !('read' in reply.result)) return [];
  const { read, bytes } = reply.result;
  const files = read.ok ? read.snapshot.files.map((file) => file.bytes.buffer) : [];
  return [...new Set([bytes.buffer, ...files])];
}

/** The job itself; whatever it throws, the caller turns into a `failed` reply. */
async function run(request: DecodeRequest): Promise<DecodeJobs[DecodeJob]['result']> {
  switch (request.job) {
    case 'file':
      return FILE_KINDS[request.kind].decode(request.bytes);
    case 'backup': {
      // FILE_KINDS bound their problems already; a backup's rows are read by readJsonFile alone.
      const read = await readBackup(request.bytes, request.passphrase);
      const bounded = read.ok
        ? read
        : { ok: false as const, problem: boundedProblem(read.problem) };
      return { read: bounded, bytes: request.bytes };
    }
    case 'csv':
      return parsePracticeCsv(request.text, request.vocabulary, request.today);
  }
}

/**
 * One job of the decode worker, apart from the worker's globals so it can be tested as is.
 * Whatever the reading throws is a `failed` reply, never a worker left without an answer.
 */
export async function runDecodeJob(
  request: DecodeRequest,
): Promise<{ reply: DecodeReply; transfer: ArrayBuffer[] }> {
  z.config(ZOD_LOCALES[request.language]());
  let reply: DecodeReply;
  try {
    reply = { kind: 'done', result: await run(request) };
  } catch (error) {
    reply = { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
  return { reply, transfer: transferablesOf(reply) };
}
