import { z } from 'zod';
import { OWN_FILE_TYPES } from '../files/own-file-types';
import type { LoggedEntry } from '../practice/filter';
import { storedEntrySchema } from '../practice/stored-entry';
import { canonicalBytes } from '../signing/canonical-json';
import { publicKeyFingerprint, verifyCanonical } from '../signing/ed25519';
import { decisionPayload } from '../signoff/response';
import { signedText, type SignableEntry } from '../signoff/signable';
import type { Signoff } from '../signoff/state';
import type { PortfolioData } from './data';
import { issueOf } from '../files/file-issues';
import { boundedList } from '../files/bounded-list';

/**
 * The data a PDF portfolio was made from, saved beside it. Its verification code is printed on
 * the PDF's cover, so an assessor can open the file in the app and check that the data is the
 * one the PDF shows and that every signature in it holds.
 */
export const PORTFOLIO_BUNDLE_FILE = {
  ...OWN_FILE_TYPES.portfolioBundle,
  format: 'kompeten.portfolio-bundle',
} as const;

/**
 * The code is the first 100 bits of the data's SHA-256, in Crockford's base32 (no I, L, O or U,
 * so nothing printed reads as another character), as five groups of four. Finding other data
 * with the same code takes about 2^100 tries; twenty characters can still be typed from paper.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_CHARS = 20;
const CODE_PATTERN = /^[0-9A-HJKMNP-TV-Z]{4}(?:-[0-9A-HJKMNP-TV-Z]{4}){4}$/;

const grouped = (chars: string) =>
  [0, 4, 8, 12, 16].map((start) => chars.slice(start, start + 4)).join('-');

async function codeOf(data: unknown): Promise<string> {
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', canonicalBytes(data)));
  let chars = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of hash) {
    buffer = ((buffer << 8) | byte) & 0xfff;
    bits += 8;
    while (bits >= 5 && chars.length < CODE_CHARS) {
      bits -= 5;
      chars += ALPHABET.charAt((buffer >> bits) & 31);
    }
    if (chars.length === CODE_CHARS) break;
  }
  return grouped(chars);
}

/** The code printed on the cover: a hash of the canonical JSON of the data, e.g. `K7QM-2D9F-…`. */
export const verificationCode = (data: PortfolioData): Promise<string> => codeOf(data);

/**
 * A code as someone typed it, in its printed form; null when it cannot be one. Case, spaces and
 * dashes do not matter, and O, I and L are read as 0, 1 and 1, as Crockford's base32 intends.
 */
export function normaliseCode(typed: string): string | null {
  const chars = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return chars.length === CODE_CHARS && CODE_PATTERN.test(grouped(chars)) ? grouped(chars) : null;
}

export interface PortfolioBundle {
  format: typeof PORTFOLIO_BUNDLE_FILE.format;
  version: 1;
  verificationCode: string;
  data: PortfolioData;
}

/** The file to save beside the PDF; print its `verificationCode` on the PDF, not a separate one. */
export async function buildBundle(data: PortfolioData): Promise<PortfolioBundle> {
  return {
    format: PORTFOLIO_BUNDLE_FILE.format,
    version: 1,
    verificationCode: await verificationCode(data),
    data,
  };
}

const isoTime = z.iso.datetime({ offset: true });

/** At most this many practice entries; thousands is a full career, this is far past it. */
export const MAX_BUNDLE_ENTRIES = 100_000;

/** The parts of the data the report reads; everything else only goes into the hash. */
const checkedPartSchema = z.looseObject({
  generatedAt: isoTime,
  profile: z
    .looseObject({ fullName: z.string().max(200), candidateId: z.string().max(100).optional() })
    .nullable(),
  practice: z.looseObject({
    entries: boundedList(storedEntrySchema, { max: MAX_BUNDLE_ENTRIES }),
  }),
});
type BundleData = z.output<typeof checkedPartSchema>;

/** Far deeper than the data ever nests, and shallow enough for canonical JSON's recursion. */
const MAX_DEPTH = 64;

function nestedDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const [node, depth] = item;
    if (typeof node !== 'object' || node === null) continue;
    if (depth >= max) return true;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return false;
}

const bundleDataSchema = z.unknown().transform((value, ctx): BundleData => {
  const checked = checkedPartSchema.safeParse(value);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      // The app's own checks keep their code and parameters on the way out.
      const params = issue.code === 'custom' ? issue.params : undefined;
      ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message, params });
    }
    return z.NEVER;
  }
  if (nestedDeeperThan(value, MAX_DEPTH)) {
    ctx.addIssue({ code: 'custom', ...issueOf('nested-too-deep', { max: MAX_DEPTH }) });
    return z.NEVER;
  }
  // The parsed JSON itself, not zod's copy (which would, e.g., drop a "__proto__" key): the code
  // must be recomputed over the data exactly as the file holds it.
  return value as BundleData;
});

/**
 * A bundle file from anywhere: read it with `readJsonFile` and PORTFOLIO_BUNDLE_FILE.maxBytes.
 * Entries are checked closely enough to verify their signatures; the rest only has to be JSON.
 */
export const portfolioBundleSchema = z.strictObject({
  format: z.literal(PORTFOLIO_BUNDLE_FILE.format),
  version: z.literal(1),
  verificationCode: z.string().regex(CODE_PATTERN),
  data: bundleDataSchema,
});
export type PortfolioBundleFile = z.output<typeof portfolioBundleSchema>;

/** What can be verified: a bundle just built, or one read from a file. */
export interface VerifiableBundle {
  verificationCode: string;
  data: {
    generatedAt: string;
    profile: { fullName: string; candidateId?: string } | null;
    practice: { entries: readonly LoggedEntry[] };
  };
}

/** Why an entry's signature does not count. */
export type EntryProblem =
  /** The signature does not match what it claims to cover, or is not a signature at all. */
  | 'bad-signature'
  /** The fingerprint shown for the supervisor is not that of the key that signed. */
  | 'wrong-fingerprint'
  /** The signature holds, but the entry was edited after it was signed. */
  | 'changed'
  /** Signed for someone else: the signature names another candidate than this portfolio. */
  | 'other-candidate'
  /** A second copy of an entry: a signature counted twice. */
  | 'duplicate';

export interface ProblemEntry {
  id: string;
  date: string;
  agency: string;
  supervisorName: string;
  problem: EntryProblem;
}

export interface SignatureCounts {
  /** Approvals whose signature holds for the entry as it is. */
  valid: number;
  /** Bad signatures, wrong fingerprints and duplicates. */
  invalid: number;
  changedSinceSigning: number;
  /** Sent back by the supervisor, with a valid signature on that decision: not approved. */
  returned: number;
  /** Drawn by the supervisor on the candidate's screen: nothing to verify digitally. */
  inPerson: number;
  /** Never signed, or still waiting for the supervisor. */
  unsigned: number;
}

export interface SignerSummary {
  /** The name the signatures give; anyone can make a key under any name. */
  name: string;
  fingerprint: string;
  /** The key itself, so an assessor who knows it can keep it for later checks. */
  publicKey: string;
  /** Valid approvals with this key. */
  signatures: number;
  /** The minutes of the entries those approvals cover. */
  minutes: number;
}

export interface BundleReport {
  /** Whether the data still hashes to the code the file states. */
  codeMatches: boolean;
  statedCode: string;
  /** The code recomputed from the data; compare it with the one printed on the PDF. */
  code: string;
  candidateName: string;
  generatedAt: string;
  counts: SignatureCounts;
  /** Entries whose signature does not count, by date. */
  problems: ProblemEntry[];
  /** Who signed, by key; an assessor compares the fingerprints with the supervisors' cards. */
  signers: SignerSummary[];
  /** The log as the PDF totals it, so an assessor can compare the printed numbers. */
  log: PracticeSummary;
}

export interface PracticeSummary {
  entries: number;
  minutes: number;
  /** Minutes of entries whose digital signature is valid and whose entry is unchanged. */
  verifiedMinutes: number;
  /** First and last date in the log; blank when it is empty. */
  first: string;
  last: string;
}

type Outcome = 'valid' | 'returned' | 'in-person' | 'unsigned' | EntryProblem;
type Decided = Extract<Signoff, { kind: 'signed' | 'returned' }>;

function signatureHolds(signoff: Decided): Promise<boolean> {
  let entry: SignableEntry;
  try {
    entry = JSON.parse(signoff.entryText) as SignableEntry;
  } catch {
    return Promise.resolve(false);
  }
  const decision = signoff.kind === 'signed' ? 'approved' : 'returned';
  const payload = decisionPayload(
    signoff.requestId,
    signoff.fingerprint,
    signoff.candidate,
    entry,
    {
      decision,
      comment: signoff.comment,
      signedAt: signoff.at,
    },
  );
  return verifyCanonical(signoff.publicKey, payload, signoff.signature);
}

/** Entries verified at once: WebCrypto works off the main thread, so batches go faster. */
const BATCH = 64;

/** Recomputes the code and checks every signature in the data against the entry it is on. */
export async function verifyBundle(bundle: VerifiableBundle): Promise<BundleReport> {
  const { data } = bundle;
  const code = await codeOf(data);
  // Signatures name the candidate they were made for; they count only in that person's portfolio:
  // by the stable id where the signature binds one, by the name under the older rules.
  const candidateName = data.profile?.fullName ?? '';
  const candidateId = data.profile?.candidateId;
  const forThisCandidate = ({ candidate }: Decided) =>
    candidate.id === undefined ? candidate.name === candidateName : candidate.id === candidateId;

  const fingerprints = new Map<string, Promise<string | null>>();
  const fingerprintOf = (publicKey: string) => {
    let known = fingerprints.get(publicKey);
    if (!known) {
      known = publicKeyFingerprint(publicKey).catch(() => null);
      fingerprints.set(publicKey, known);
    }
    return known;
  };

  const seen = new Set<string>();
  const check = async (entry: LoggedEntry): Promise<Outcome> => {
    if (seen.has(entry.id)) return 'duplicate';
    seen.add(entry.id);
    const { signoff } = entry;
    if (!signoff || signoff.kind === 'requested') return 'unsigned';
    const unchanged = signoff.entryText === signedText(entry);
    if (signoff.kind === 'in-person') return unchanged ? 'in-person' : 'changed';
    if ((await fingerprintOf(signoff.publicKey)) !== signoff.fingerprint) {
      return 'wrong-fingerprint';
    }
    if (!(await signatureHolds(signoff))) return 'bad-signature';
    if (!forThisCandidate(signoff)) return 'other-candidate';
    // A returned entry is expected to change: it goes back to the candidate to be fixed.
    if (signoff.kind === 'returned') return 'returned';
    return unchanged ? 'valid' : 'changed';
  };

  const entries = data.practice.entries;
  const outcomes: Outcome[] = [];
  for (let start = 0; start < entries.length; start += BATCH) {
    // Duplicates are decided in order before any await, so batching does not change them.
    outcomes.push(...(await Promise.all(entries.slice(start, start + BATCH).map(check))));
  }

  const counts: SignatureCounts = {
    valid: 0,
    invalid: 0,
    changedSinceSigning: 0,
    returned: 0,
    inPerson: 0,
    unsigned: 0,
  };
  const problems: ProblemEntry[] = [];
  const signers = new Map<string, SignerSummary>();
  const log: PracticeSummary = { entries: 0, minutes: 0, verifiedMinutes: 0, first: '', last: '' };
  entries.forEach((entry, i) => {
    const outcome = outcomes[i] ?? 'unsigned';
    const { signoff } = entry;
    // A second copy of an entry is not more hours.
    if (outcome !== 'duplicate') {
      log.entries += 1;
      log.minutes += entry.minutes;
      if (outcome === 'valid') log.verifiedMinutes += entry.minutes;
      if (!log.first || entry.date < log.first) log.first = entry.date;
      if (entry.date > log.last) log.last = entry.date;
    }
    switch (outcome) {
      case 'valid':
        counts.valid += 1;
        if (signoff?.kind === 'signed') {
          const signer = signers.get(signoff.fingerprint) ?? {
            name: signoff.supervisorName,
            fingerprint: signoff.fingerprint,
            publicKey: signoff.publicKey,
            signatures: 0,
            minutes: 0,
          };
          signer.signatures += 1;
          signer.minutes += entry.minutes;
          signers.set(signoff.fingerprint, signer);
        }
        return;
      case 'returned':
        counts.returned += 1;
        return;
      case 'in-person':
        counts.inPerson += 1;
        return;
      case 'unsigned':
        counts.unsigned += 1;
        return;
      case 'changed':
        counts.changedSinceSigning += 1;
        break;
      default:
        counts.invalid += 1;
    }
    problems.push({
      id: entry.id,
      date: entry.date,
      agency: entry.agency,
      supervisorName: signoff && signoff.kind !== 'requested' ? signoff.supervisorName : '',
      problem: outcome,
    });
  });
  problems.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));

  const codeMatches = code === bundle.verificationCode;
  return {
    codeMatches,
    statedCode: bundle.verificationCode,
    code,
    candidateName,
    generatedAt: data.generatedAt,
    counts,
    problems,
    signers: [...signers.values()],
    log,
  };
}
