import type { BackupReadResult } from '../../../shared/backup/read';
import type { FileKindId, FileResult } from '../../../shared/files/file-problem';
import type { CsvParseResult, CsvVocabulary } from '../../../shared/practice/csv';
import type { Language } from '../../../shared/settings/settings';

/**
 * What the page asks the decode worker to read, and what each job gives back: data only, since
 * a worker takes no code (a kind's stricter schema stays on the page, see `FileKind.refine`).
 * `language` is the UI language, in which zod words the issues it finds. Bytes are moved, not
 * copied, both ways.
 */
export interface DecodeJobs {
  /** `FILE_KINDS[kind].decode(bytes)`. */
  file: { request: { kind: FileKindId; bytes: Uint8Array }; result: FileResult<unknown> };
  /** `readBackup(bytes, passphrase)`; the bytes come back, for another passphrase. */
  backup: {
    request: { bytes: Uint8Array<ArrayBuffer>; passphrase?: string | undefined };
    result: { read: BackupReadResult; bytes: Uint8Array<ArrayBuffer> };
  };
  /** `parsePracticeCsv(text, vocabulary, today)`: a CSV's text, once FILE_KINDS.csv read it. */
  csv: {
    request: { text: string; vocabulary: CsvVocabulary; today: string };
    result: CsvParseResult;
  };
}

export type DecodeJob = keyof DecodeJobs;

export type DecodeRequest<J extends DecodeJob = DecodeJob> = {
  [Job in J]: { job: Job; language: Language } & DecodeJobs[Job]['request'];
}[J];

/** The worker's one message: the job's result, or why it could not finish. */
export type DecodeReply<J extends DecodeJob = DecodeJob> =
  { kind: 'done'; result: DecodeJobs[J]['result'] } | { kind: 'failed'; message: string };
