import { readJsonFile, type FileProblem } from '../../../../../shared/files/read-json-file';
import {
  normaliseCode,
  PORTFOLIO_BUNDLE_FILE,
  portfolioBundleSchema,
  verifyBundle,
  type BundleReport,
} from '../../../../../shared/portfolio/bundle';

export type CheckedFile =
  | { kind: 'problem'; name: string; problem: FileProblem }
  | { kind: 'report'; name: string; report: BundleReport };

/** Reads a bundle file through its schema, then recomputes its code and checks its signatures. */
export async function checkBundleFile(name: string, bytes: Uint8Array): Promise<CheckedFile> {
  const read = readJsonFile(bytes, portfolioBundleSchema, {
    maxBytes: PORTFOLIO_BUNDLE_FILE.maxBytes,
  });
  if (!read.ok) return { kind: 'problem', name, problem: read.problem };
  return { kind: 'report', name, report: await verifyBundle(read.value) };
}

/** How the code typed from the PDF cover compares with the data's own code. */
export type PdfCodeStatus = 'none' | 'malformed' | 'matches' | 'differs';

export function pdfCodeStatus(typed: string, code: string): PdfCodeStatus {
  if (typed.trim() === '') return 'none';
  const normalised = normaliseCode(typed);
  if (normalised === null) return 'malformed';
  return normalised === code ? 'matches' : 'differs';
}
