import { DEFAULT_FIELDS_OF_PRACTICE } from '../../../../shared/domain/fields-of-practice';
import { localIsoDate } from '../../../../shared/dates';
import {
  signoffRequestSchema,
  type Decision,
  type SignoffRequest,
} from '../../../../shared/signoff/files';
import type { DecisionInput } from '../../../../shared/signoff/response';

/** The most a comment may hold once trimmed (as the response file allows). */
export const MAX_COMMENT_LENGTH = 1000;

export interface EntryReview {
  decision: Decision | null;
  comment: string;
}

/**
 * The supervisor's decisions by entry id, in memory only. A Map, not an object: entry ids come
 * from a file, and one called "__proto__" must stay an ordinary key.
 */
export type Review = ReadonlyMap<string, EntryReview>;

export const UNDECIDED: EntryReview = { decision: null, comment: '' };

export const reviewOf = (review: Review, entryId: string): EntryReview =>
  review.get(entryId) ?? UNDECIDED;

export function updateReview(
  review: Review,
  entryId: string,
  change: Partial<EntryReview>,
): Review {
  const next = new Map(review);
  next.set(entryId, { ...reviewOf(review, entryId), ...change });
  return next;
}

/** Approves every entry without a decision; decided ones and all comments stay as they are. */
export function approveUndecided(request: SignoffRequest, review: Review): Review {
  const next = new Map(review);
  for (const { id } of request.entries) {
    const current = reviewOf(review, id);
    if (current.decision === null) next.set(id, { ...current, decision: 'approved' });
  }
  return next;
}

export function reviewCounts(request: SignoffRequest, review: Review) {
  const counts = { approved: 0, returned: 0, undecided: 0 };
  for (const { id } of request.entries) {
    const { decision } = reviewOf(review, id);
    counts[decision ?? 'undecided'] += 1;
  }
  return counts;
}

/** Entries sent back without saying why, in the request's order: the candidate needs a reason. */
export const returnedWithoutComment = (request: SignoffRequest, review: Review): string[] =>
  request.entries
    .filter(({ id }) => {
      const { decision, comment } = reviewOf(review, id);
      return decision === 'returned' && comment.trim() === '';
    })
    .map(({ id }) => id);

/** What gets signed: decided entries in the request's order; undecided ones are left out. */
export function decisionsFromReview(request: SignoffRequest, review: Review): DecisionInput[] {
  return request.entries.flatMap(({ id }) => {
    const { decision, comment } = reviewOf(review, id);
    return decision ? [{ entryId: id, decision, comment: comment.trim() }] : [];
  });
}

export const totalMinutes = (request: SignoffRequest): number =>
  request.entries.reduce((sum, entry) => sum + entry.minutes, 0);

/** The candidate named a supervisor's key, and it is not this one. */
export const meantForAnotherKey = (request: SignoffRequest, ownFingerprint: string): boolean => {
  const expected = request.supervisor.fingerprint.trim();
  return expected !== '' && expected !== ownFingerprint;
};

/**
 * The candidate's own words for a field they added. Built-in fields always use this app's words:
 * the labels are not signed, so a request must not make "anak" read as something else.
 */
export const requestFieldLabel = (request: SignoffRequest, id: string): string | undefined =>
  // Own keys only: a field called "constructor" must not find Object's.
  !(DEFAULT_FIELDS_OF_PRACTICE as readonly string[]).includes(id) &&
  Object.hasOwn(request.fieldLabels, id)
    ? request.fieldLabels[id]
    : undefined;

/** "<candidate>-<local date>"; the extension and file-name cleaning are added when saving. */
export const responseBaseName = (request: SignoffRequest, now: Date): string =>
  `${request.candidate.name}-${localIsoDate(now)}`;

/**
 * The request schema plus one rule the candidate's app always keeps: each entry once. Decisions
 * are kept by entry id, and the candidate's app refuses a response naming an entry twice.
 */
export const reviewableRequestSchema = (duplicateMessage: string) =>
  signoffRequestSchema.superRefine((request, ctx) => {
    const seen = new Set<string>();
    request.entries.forEach(({ id }, index) => {
      if (seen.has(id)) {
        ctx.addIssue({ code: 'custom', path: ['entries', index, 'id'], message: duplicateMessage });
      }
      seen.add(id);
    });
  });
