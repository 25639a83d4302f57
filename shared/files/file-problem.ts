import type { FileIssueCode, FileIssueParams } from './file-issues';

/** The kinds of file a user can open in the app; each has an entry in FILE_KINDS. */
export type FileKindId =
  | 'pack'
  | 'bank'
  | 'request'
  | 'response'
  | 'keyCard'
  | 'keyBackup'
  | 'portfolioBundle'
  | 'csv'
  | 'backup';

/**
 * Why an opened file was refused. Codes with details, never thrown text, so the renderer can say
 * what is wrong, where, and how to fix it in the user's language.
 */
export type FileProblem =
  | { kind: 'too-large'; size: number; maxBytes: number }
  | { kind: 'empty' }
  | { kind: 'not-text' }
  | { kind: 'not-json'; detail: string }
  /** Valid as far as it goes, but it stops part-way: an interrupted copy or download. */
  | { kind: 'truncated' }
  /** A Kompeten file of another kind, e.g. a supervisor's response opened as a framework pack. */
  | { kind: 'wrong-type'; found: FileKindId }
  /** The right kind in a format version this app does not read. */
  | { kind: 'wrong-version'; found: number; supported: number }
  | { kind: 'invalid'; issues: FileIssue[] };

export interface FileIssue {
  /** Where in the file, e.g. "units[3].elements[0].criteria[2].question"; "" for the whole file. */
  path: string;
  /** zod's message, in the UI language; for the app's own checks, their code. */
  message: string;
  /** One of the app's own checks, which the renderer words (see file-issues.ts). */
  code?: FileIssueCode;
  params?: FileIssueParams;
}

/** An issue of one of the app's own checks, found outside zod. */
export const ownIssue = (
  path: string,
  code: FileIssueCode,
  params: FileIssueParams = {},
): FileIssue => ({ path, message: code, code, params });

export type FileResult<T> = { ok: true; value: T } | { ok: false; problem: FileProblem };

export const fileProblem = (problem: FileProblem): { ok: false; problem: FileProblem } => ({
  ok: false,
  problem,
});
