import type { Answer, Evidence, Round } from '../assessment/assessment';
import type { FrameworkPack } from '../framework/pack';
import type { PracticeConfig } from '../practice/config';
import type { LoggedEntry } from '../practice/filter';
import type { StoredProfile } from '../profile/profile';
import type { Language } from '../settings/language';
import type { CvEntry } from './cv';
import type { Essay } from './self-description';

/** The sections of the PDF portfolio, in the order they are printed. */
export const PORTFOLIO_SECTIONS = [
  'cover',
  'contents',
  'cv',
  'summary',
  'apl02',
  'evidence',
  'essays',
  'practice',
  'declaration',
] as const;
export type PortfolioSection = (typeof PORTFOLIO_SECTIONS)[number];

/** A supervisor as the portfolio names them; keys are in the sign-offs themselves. */
export interface PortfolioSupervisor {
  id: string;
  name: string;
  role: string;
  strNumber: string;
  fingerprint: string;
}

/**
 * Everything the portfolio is made from, as plain JSON: it is posted to the PDF worker, and its
 * canonical form is what the verification code is a hash of. Evidence files are not included
 * (only their names); signatures carry their own keys.
 */
export interface PortfolioData {
  /** When this snapshot was taken (ISO); printed on the cover. */
  generatedAt: string;
  language: Language;
  profile: StoredProfile | null;
  /** The framework pack in use and its key (`id@version`). */
  packKey: string;
  pack: FrameworkPack;
  /** The latest assessment round and its answers; none before the first round. */
  round: Round | null;
  answers: Answer[];
  evidence: Evidence[];
  essays: Essay[];
  cv: CvEntry[];
  practice: {
    entries: LoggedEntry[];
    config: PracticeConfig;
    supervisors: PortfolioSupervisor[];
  };
}
