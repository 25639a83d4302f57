import { signedText, type SignableEntry } from './signable';

/**
 * Where an entry stands with its supervisor. Each record keeps `entryText`, the exact text that
 * was sent or signed, so any later edit shows as a broken signature without re-running crypto.
 */
export type Signoff =
  | {
      kind: 'requested';
      requestId: string;
      supervisorId: string;
      /** Who asked, as the request named them; the signature binds the entry to this person. */
      candidate: Candidate;
      at: string;
      entryText: string;
    }
  | (Decided & { kind: 'signed' | 'returned' })
  | {
      kind: 'in-person';
      supervisorId: string;
      supervisorName: string;
      at: string;
      /** The drawn signature as an SVG path (`M x y L x y …`), in a 600×200 box. */
      drawing: string;
      entryText: string;
    };

/**
 * The candidate as a request names them. `id` is the stable identity the app made for them once
 * (the profile's `candidateId`); a signature made for a candidate with an id binds the id, not
 * the name, so a later change of name (a title added) keeps it valid. Requests made before ids
 * existed have none, and their signatures bind the name as they always did.
 */
export interface Candidate {
  name: string;
  strNumber: string;
  id?: string;
}

interface Decided {
  requestId: string;
  candidate: Candidate;
  supervisorId: string;
  supervisorName: string;
  fingerprint: string;
  publicKey: string;
  /** When the supervisor decided, as written in the signed payload. */
  at: string;
  comment: string;
  signature: string;
  entryText: string;
}

export const SIGNOFF_STATES = [
  'unsigned',
  'requested',
  'signed',
  'in-person',
  'returned',
  'broken',
] as const;
export type SignoffState = (typeof SIGNOFF_STATES)[number];

/** A signed entry that no longer matches what was signed is `broken`, whichever way it was signed. */
export function signoffState(entry: SignableEntry & { signoff?: Signoff }): SignoffState {
  const { signoff } = entry;
  if (!signoff) return 'unsigned';
  if (signoff.kind === 'signed' || signoff.kind === 'in-person') {
    return signoff.entryText === signedText(entry) ? signoff.kind : 'broken';
  }
  return signoff.kind;
}

/** Entries that may go into a new request: all but those holding a valid signature. */
export const canRequest = (state: SignoffState): boolean =>
  state !== 'signed' && state !== 'in-person';
