import { publicKeyFingerprint, signCanonical, verifyCanonical } from '../signing/ed25519';
import type { Decision, PublicSupervisor, SignoffRequest, SignoffResponse } from './files';
import { SIGNOFF_FILES } from './files';
import type { SignableEntry } from './signable';
import type { Candidate, Signoff } from './state';

/**
 * What one signature covers: the entry exactly as requested, whose entry it is, the decision and
 * comment, when, the request it answers and the key that signed. Changing any of it invalidates
 * the signature, so signed hours cannot be moved into another candidate's log.
 *
 * Whose entry it is follows the rules the signature was made under: version 2 binds the
 * candidate's stable id (their name is data beside it, free to change), version 1, for requests
 * made before ids existed, binds the name and STR number. The request's candidate decides which,
 * and a stored sign-off keeps that candidate, so old signatures keep verifying as they were made.
 */
export function decisionPayload(
  requestId: string,
  fingerprint: string,
  candidate: Candidate,
  entry: SignableEntry,
  { decision, comment, signedAt }: { decision: Decision; comment: string; signedAt: string },
) {
  const signed = { entry, decision, comment, signedAt };
  return candidate.id === undefined
    ? {
        format: 'kompeten.signoff',
        version: 1,
        requestId,
        fingerprint,
        candidate: { name: candidate.name, strNumber: candidate.strNumber },
        ...signed,
      }
    : {
        format: 'kompeten.signoff',
        version: 2,
        requestId,
        fingerprint,
        candidateId: candidate.id,
        ...signed,
      };
}

/**
 * What the response's own signature covers: the request it answers, the key, how many decisions
 * and each of them with its signature. A response that lost a decision (say, the returned entry
 * a candidate would rather not show) no longer matches it and is refused whole.
 */
export function responsePayload(
  requestId: string,
  fingerprint: string,
  decisions: readonly {
    entryId: string;
    decision: Decision;
    signedAt: string;
    signature: string;
  }[],
) {
  return {
    format: 'kompeten.signoff-response-whole',
    version: 1,
    requestId,
    fingerprint,
    count: decisions.length,
    decisions: decisions.map(({ entryId, decision, signedAt, signature }) => ({
      entryId,
      decision,
      signedAt,
      signature,
    })),
  };
}

export interface DecisionInput {
  entryId: string;
  decision: Decision;
  comment: string;
}

/** Supervisor side: signs every decision of a reviewed request into a response file. */
export async function signResponse(options: {
  request: SignoffRequest;
  decisions: readonly DecisionInput[];
  supervisor: PublicSupervisor;
  privateKey: CryptoKey;
  now: Date;
}): Promise<SignoffResponse> {
  const { request, supervisor, privateKey } = options;
  const signedAt = options.now.toISOString();
  const entries = new Map(request.entries.map((e) => [e.id, e]));
  const decisions = [];
  for (const { entryId, decision, comment } of options.decisions) {
    const entry = entries.get(entryId);
    if (!entry) throw new Error(`Entry ${entryId} is not in this request`);
    const signed = { decision, comment: comment.trim(), signedAt };
    const payload = decisionPayload(
      request.requestId,
      supervisor.fingerprint,
      request.candidate,
      entry,
      signed,
    );
    decisions.push({ entryId, ...signed, signature: await signCanonical(privateKey, payload) });
  }
  const whole = responsePayload(request.requestId, supervisor.fingerprint, decisions);
  return {
    format: SIGNOFF_FILES.response.format,
    version: 2,
    requestId: request.requestId,
    createdAt: signedAt,
    supervisor: { ...supervisor },
    decisions,
    signature: await signCanonical(privateKey, whole),
  };
}

/** Why a response file was refused; nothing is changed when it is. */
export type ResponseRejection =
  | { reason: 'unknown-key'; fingerprint: string; name: string }
  | { reason: 'other-entries'; count: number }
  | { reason: 'already-imported' }
  | { reason: 'other-supervisor'; expected: string; actual: string }
  | { reason: 'tampered'; entryId: string | null };

export interface RegisteredSupervisor {
  id: string;
  name: string;
  publicKey: string;
}

export type LocalEntry = SignableEntry & { signoff?: Signoff };

export type VerifiedResponse =
  | { ok: true; supervisor: RegisteredSupervisor; updates: { entryId: string; signoff: Signoff }[] }
  | { ok: false; rejection: ResponseRejection };

const reject = (rejection: ResponseRejection): VerifiedResponse => ({ ok: false, rejection });

/**
 * Candidate side: checks a response against the supervisors registered here and the entries
 * that are waiting for it. Every signature must hold, or the whole file is refused.
 */
export async function verifyResponse(
  response: SignoffResponse,
  local: { entries: ReadonlyMap<string, LocalEntry>; supervisors: readonly RegisteredSupervisor[] },
): Promise<VerifiedResponse> {
  const { publicKey, fingerprint, name } = response.supervisor;
  let actualFingerprint: string;
  try {
    actualFingerprint = await publicKeyFingerprint(publicKey);
  } catch {
    return reject({ reason: 'tampered', entryId: null });
  }
  if (actualFingerprint !== fingerprint) return reject({ reason: 'tampered', entryId: null });

  const supervisor = local.supervisors.find((s) => s.publicKey === publicKey);
  if (!supervisor) return reject({ reason: 'unknown-key', fingerprint, name });
  // The whole first: a decision removed, added or reordered breaks it.
  const whole = responsePayload(response.requestId, fingerprint, response.decisions);
  if (!(await verifyCanonical(supervisor.publicKey, whole, response.signature)))
    return reject({ reason: 'tampered', entryId: null });

  const ids = response.decisions.map((d) => d.entryId);
  if (new Set(ids).size !== ids.length) return reject({ reason: 'tampered', entryId: null });

  const signoffs = ids.map((id) => local.entries.get(id)?.signoff);
  const answered = signoffs.every(
    (s) => (s?.kind === 'signed' || s?.kind === 'returned') && s.requestId === response.requestId,
  );
  if (answered) return reject({ reason: 'already-imported' });
  const waiting = signoffs.map((s) =>
    s?.kind === 'requested' && s.requestId === response.requestId ? s : null,
  );
  const strangers = waiting.filter((w) => w === null).length;
  if (strangers > 0) return reject({ reason: 'other-entries', count: strangers });
  const requests = waiting.filter((w) => w !== null);

  const meantFor = requests.find((r) => r.supervisorId !== supervisor.id);
  if (meantFor) {
    const expected = local.supervisors.find((s) => s.id === meantFor.supervisorId)?.name ?? '';
    return reject({ reason: 'other-supervisor', expected, actual: supervisor.name });
  }

  const updates: { entryId: string; signoff: Signoff }[] = [];
  for (const [i, d] of response.decisions.entries()) {
    const request = requests[i];
    if (!request) return reject({ reason: 'tampered', entryId: d.entryId });
    const entry = JSON.parse(request.entryText) as SignableEntry;
    const payload = decisionPayload(response.requestId, fingerprint, request.candidate, entry, d);
    if (!(await verifyCanonical(supervisor.publicKey, payload, d.signature))) {
      return reject({ reason: 'tampered', entryId: d.entryId });
    }
    updates.push({
      entryId: d.entryId,
      signoff: {
        kind: d.decision === 'approved' ? 'signed' : 'returned',
        requestId: response.requestId,
        candidate: request.candidate,
        supervisorId: supervisor.id,
        supervisorName: supervisor.name,
        fingerprint,
        publicKey,
        at: d.signedAt,
        comment: d.comment,
        signature: d.signature,
        entryText: request.entryText,
      },
    });
  }
  return { ok: true, supervisor, updates };
}
