import { normaliseCode, type BundleReport, type SignerSummary } from './bundle';

/** How the code typed from the PDF cover compares with the data's own code. */
export type PdfCodeStatus = 'none' | 'malformed' | 'matches' | 'differs';

export function pdfCodeStatus(typed: string, code: string): PdfCodeStatus {
  if (typed.trim() === '') return 'none';
  const normalised = normaliseCode(typed);
  if (normalised === null) return 'malformed';
  return normalised === code ? 'matches' : 'differs';
}

/** What is wrong with a portfolio that fails. */
export type VerdictProblem = 'data-changed' | 'pdf-differs' | 'invalid' | 'changed';

/**
 * What the assessor is told, worst first. A signature proves only that the entry was approved
 * with the key in the file, and the file carries its own keys: a candidate can make a key under
 * a real supervisor's name. So "verified" needs every signing key known to this verifier, and
 * the cover code typed from the PDF: without it, a file whose code was recomputed after its
 * unsigned hours were inflated would verify against itself.
 */
export type Verdict =
  | { kind: 'problems'; problems: VerdictProblem[] }
  /** Data and signatures hold; the code from the PDF cover is still to be typed. */
  | { kind: 'needs-code' }
  /** Everything holds for the keys inside the file, but these keys are not known here. */
  | { kind: 'unknown-keys'; unknown: SignerSummary[] }
  | { kind: 'verified' };

export function judgeBundle(
  report: BundleReport,
  typedCode: string,
  knownFingerprints: ReadonlySet<string>,
): Verdict {
  const pdf = pdfCodeStatus(typedCode, report.code);
  const problems: VerdictProblem[] = [];
  if (!report.codeMatches) problems.push('data-changed');
  if (pdf === 'differs') problems.push('pdf-differs');
  if (report.counts.invalid > 0) problems.push('invalid');
  if (report.counts.changedSinceSigning > 0) problems.push('changed');
  if (problems.length > 0) return { kind: 'problems', problems };
  if (pdf !== 'matches') return { kind: 'needs-code' };
  const unknown = report.signers.filter((signer) => !knownFingerprints.has(signer.fingerprint));
  return unknown.length > 0 ? { kind: 'unknown-keys', unknown } : { kind: 'verified' };
}
