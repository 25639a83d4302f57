import { normaliseCode } from '../../../../../shared/portfolio/bundle';

/** How the code typed from the PDF cover compares with the data's own code. */
export type PdfCodeStatus = 'none' | 'malformed' | 'matches' | 'differs';

export function pdfCodeStatus(typed: string, code: string): PdfCodeStatus {
  if (typed.trim() === '') return 'none';
  const normalised = normaliseCode(typed);
  if (normalised === null) return 'malformed';
  return normalised === code ? 'matches' : 'differs';
}
