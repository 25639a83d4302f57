import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { Answer, Evidence, Round } from '../../../shared/assessment/assessment';
import type { ExamAttempt } from '../../../shared/exam/attempt';
import type { QuestionBank } from '../../../shared/exam/bank';
import type { PracticeSession } from '../../../shared/exam/practice-session';
import { fileReviewCards, type ReviewCard } from '../../../shared/exam/review';
import type { FrameworkPack } from '../../../shared/framework/pack';
import type { CvEntry } from '../../../shared/portfolio/cv';
import type { LoggedEntry } from '../../../shared/practice/filter';
import type { PublicSupervisor } from '../../../shared/signoff/files';
import type { Sealed } from '../../../shared/signing/passphrase';
import type { Essay } from '../../../shared/portfolio/self-description';
import type { StoredProfile } from '../../../shared/profile/profile';
import type { Settings } from '../../../shared/settings/settings';

/** Tables that hold a single record use this key. */
export const SINGLE_ROW_ID = 'me';

export type ProfileRow = StoredProfile & { id: typeof SINGLE_ROW_ID };
export type SettingsRow = Partial<Settings> & { id: typeof SINGLE_ROW_ID };

export type PackSource = 'builtin' | 'imported';

/** An installed framework pack. Several versions of one pack may be installed side by side. */
export interface PackRow {
  /** `${id}@${version}`: assessments refer to a pack by this key. */
  key: string;
  id: string;
  version: string;
  title: string;
  source: PackSource;
  installedAt: string;
  pack: FrameworkPack;
}

/**
 * An imported question bank; the default bank ships with the app and is not stored. No install
 * date: the same bank installed on two devices is the same row, which a backup merge can tell.
 */
export interface QuestionBankRow {
  /** `${id}@${version}`: attempts and sessions refer to their bank by this key. */
  key: string;
  bank: QuestionBank;
}

/** An evidence file's bytes, stored apart so that listing evidence never loads them. */
export interface EvidenceFileRow {
  id: string;
  blob: Blob;
}

/** A practice-log entry with where it stands with its supervisor. */
export type PracticeEntryRow = LoggedEntry;

/** A supervisor the candidate works with. The key is blank until their key card is added. */
export interface SupervisorRow {
  id: string;
  name: string;
  role: string;
  strNumber: string;
  contact: string;
  publicKey: string;
  fingerprint: string;
  createdAt: string;
}

/** Supervisor mode: this user's own signing key; the private half only ever stored sealed. */
export type OwnKeyRow = PublicSupervisor & {
  id: typeof SINGLE_ROW_ID;
  sealedPrivateKey: Sealed;
  createdAt: string;
};

export const DATABASE_NAME = 'kompeten';

/**
 * The one IndexedDB database. Every schema change adds a new `version(n)` with an upgrade
 * function; earlier versions stay declared so old databases upgrade step by step.
 */
export class KompetenDatabase extends Dexie {
  profile!: Table<ProfileRow, string>;
  settings!: Table<SettingsRow, string>;
  packs!: Table<PackRow, string>;
  rounds!: Table<Round, string>;
  answers!: Table<Answer, [string, string]>;
  evidence!: Table<Evidence, string>;
  evidenceFiles!: Table<EvidenceFileRow, string>;
  essays!: Table<Essay, string>;
  cvEntries!: Table<CvEntry, string>;
  practiceEntries!: Table<PracticeEntryRow, string>;
  supervisors!: Table<SupervisorRow, string>;
  ownKey!: Table<OwnKeyRow, string>;
  examAttempts!: Table<ExamAttempt, string>;
  itemReviews!: Table<ReviewCard, [string, string]>;
  questionBanks!: Table<QuestionBankRow, string>;
  practiceSessions!: Table<PracticeSession, string>;

  constructor(name: string = DATABASE_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({ profile: 'id', settings: 'id' });
    // v2: framework packs. New table only, so no upgrade function is needed.
    this.version(2).stores({ packs: 'key, id, source' });
    // v3: self-assessment. New tables only.
    this.version(3).stores({
      rounds: 'id, number, packKey',
      answers: '[roundId+criterionId], roundId',
      evidence: 'id, date, *criterionRefs',
      evidenceFiles: 'id',
    });
    // v4: what the candidate writes for the portfolio. New tables only.
    this.version(4).stores({ essays: 'promptId', cvEntries: 'id, section' });
    // v5: practice log and sign-off. New tables only.
    this.version(5).stores({
      practiceEntries: 'id, date, supervisorId',
      supervisors: 'id',
      ownKey: 'id',
    });
    // v6: written-test simulations and practice review cards. New tables only.
    this.version(6).stores({ examAttempts: 'id, startedAt', reviewCards: 'itemId, due' });
    // v7: imported question banks and the practice history. Review cards are keyed by bank and
    // item now (banks name their items independently); IndexedDB cannot change a table's key,
    // so the cards move to a new table, and the old one stays readable until the move is done.
    this.version(7)
      .stores({
        reviewCards: null,
        itemReviews: '[bankId+itemId], due',
        questionBanks: 'key',
        practiceSessions: 'id, startedAt',
      })
      .upgrade(async (tx) => {
        const cards = (await tx.table('reviewCards').toArray()) as unknown[];
        await tx.table('itemReviews').bulkAdd(fileReviewCards(cards) as ReviewCard[]);
      });
  }
}
