import type { KeyCard } from '../../../../shared/signoff/files';
import { publicKeyFingerprint } from '../../../../shared/signing/ed25519';

/**
 * Whether a key card's fingerprint is the one its key really has: the fingerprint is what the
 * candidate compares with the supervisor, so a card that lies about it is refused.
 */
export async function keyCardIsGenuine({ supervisor }: KeyCard): Promise<boolean> {
  try {
    return (await publicKeyFingerprint(supervisor.publicKey)) === supervisor.fingerprint;
  } catch {
    // Not an Ed25519 key at all.
    return false;
  }
}
