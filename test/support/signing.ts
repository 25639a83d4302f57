import type { LoggedEntry } from '../../shared/practice/filter';
import {
  exportPublicKey,
  generateSigningKeyPair,
  publicKeyFingerprint,
} from '../../shared/signing/ed25519';
import type { PublicSupervisor } from '../../shared/signoff/files';
import type { Candidate } from '../../shared/signoff/state';
import { buildRequest } from '../../shared/signoff/request';
import { signResponse, verifyResponse, type DecisionInput } from '../../shared/signoff/response';

/** A supervisor with a real key pair, for tests. */
export interface TestSigner {
  id: string;
  keys: CryptoKeyPair;
  card: PublicSupervisor;
}

export async function makeTestSigner(id: string, name: string): Promise<TestSigner> {
  const keys = await generateSigningKeyPair();
  const publicKey = await exportPublicKey(keys.publicKey);
  const fingerprint = await publicKeyFingerprint(publicKey);
  return {
    id,
    keys,
    card: { name, role: 'Pekerja sosial', strNumber: '', contact: '', publicKey, fingerprint },
  };
}

export const approveAll = (ids: string[]): DecisionInput[] =>
  ids.map((entryId) => ({ entryId, decision: 'approved', comment: '' }));

/**
 * The whole sign-off, for real: the candidate requests, `signer` decides and signs, and the
 * verified response is applied. Returns the entries as the candidate's log then holds them.
 */
export async function signForReal(
  entries: LoggedEntry[],
  signer: TestSigner,
  decisions: (ids: string[]) => DecisionInput[] = approveAll,
  /** Without an id, the request is one made before candidates had one (version 1 rules). */
  candidate: Candidate = { name: 'Siti Rahmawati', strNumber: '' },
): Promise<LoggedEntry[]> {
  const { request, marks } = buildRequest({
    requestId: crypto.randomUUID(),
    entries,
    candidate,
    supervisor: { id: signer.id, name: signer.card.name, fingerprint: signer.card.fingerprint },
    fieldLabels: {},
    now: new Date('2026-11-10T08:00:00Z'),
  });
  const local = new Map(entries.map((e, i) => [e.id, { ...e, signoff: marks[i]?.signoff }]));
  const response = await signResponse({
    request,
    decisions: decisions(entries.map((e) => e.id)),
    supervisor: signer.card,
    privateKey: signer.keys.privateKey,
    now: new Date('2026-11-11T10:00:00Z'),
  });
  const result = await verifyResponse(response, {
    entries: local,
    supervisors: [{ id: signer.id, name: signer.card.name, publicKey: signer.card.publicKey }],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.rejection));
  for (const { entryId, signoff } of result.updates) {
    const entry = local.get(entryId);
    if (entry) local.set(entryId, { ...entry, signoff });
  }
  return [...local.values()];
}
