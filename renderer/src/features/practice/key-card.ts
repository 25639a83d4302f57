import { readJsonFile, type FileProblem } from '../../../../shared/files/read-json-file';
import { keyCardSchema, SIGNOFF_MAX_BYTES, type KeyCard } from '../../../../shared/signoff/files';
import { publicKeyFingerprint } from '../../../../shared/signing/ed25519';

export type KeyCardRead =
  { ok: true; card: KeyCard } | { ok: false; problem: FileProblem } | { ok: false; mismatch: true };

/**
 * A supervisor's key card, accepted only if its fingerprint is the one its key really has, since
 * the fingerprint is what the candidate compares with the supervisor.
 */
export async function readKeyCard(bytes: Uint8Array): Promise<KeyCardRead> {
  const read = readJsonFile(bytes, keyCardSchema, { maxBytes: SIGNOFF_MAX_BYTES });
  if (!read.ok) return { ok: false, problem: read.problem };
  const { publicKey, fingerprint } = read.value.supervisor;
  try {
    if ((await publicKeyFingerprint(publicKey)) === fingerprint)
      return { ok: true, card: read.value };
  } catch {
    // Not an Ed25519 key: reported as a mismatch below.
  }
  return { ok: false, mismatch: true };
}
