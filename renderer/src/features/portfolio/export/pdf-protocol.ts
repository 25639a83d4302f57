import type { PortfolioData, PortfolioSection } from '../../../../../shared/portfolio/data';
import type { PortfolioPdfWords } from '../../../../../shared/portfolio/pdf/words';

/** What the page asks the PDF worker to make: data and words only, nothing that is code. */
export interface PdfRequest {
  data: PortfolioData;
  sections: PortfolioSection[];
  words: PortfolioPdfWords;
  verificationCode: string;
}

/** What the worker reports: progress while it lays out and renders, then the file or a failure. */
export type PdfMessage =
  | { kind: 'progress'; stage: 'layout' | 'render'; fraction: number }
  | { kind: 'done'; pdf: ArrayBuffer }
  | { kind: 'failed'; message: string };
