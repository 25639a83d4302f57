import { describe, expect, it } from 'vitest';
import { keyCardIsGenuine } from '../../../../renderer/src/features/signoff/key-card';
import { SIGNOFF_FILES, type KeyCard } from '../../../../shared/signoff/files';
import {
  exportPublicKey,
  generateSigningKeyPair,
  publicKeyFingerprint,
} from '../../../../shared/signing/ed25519';

async function card(): Promise<KeyCard> {
  const publicKey = await exportPublicKey((await generateSigningKeyPair()).publicKey);
  return {
    format: SIGNOFF_FILES.keyCard.format,
    version: 1,
    supervisor: {
      name: 'Ani Suryani',
      role: '',
      strNumber: '',
      contact: '',
      publicKey,
      fingerprint: await publicKeyFingerprint(publicKey),
    },
  };
}

describe('a supervisor key card', () => {
  it('is accepted when its fingerprint belongs to its key', async () => {
    expect(await keyCardIsGenuine(await card())).toBe(true);
  });

  it('is refused when the fingerprint was swapped for another key’s, or the key is not Ed25519', async () => {
    const [a, b] = [await card(), await card()];
    const swapped = {
      ...a,
      supervisor: { ...a.supervisor, fingerprint: b.supervisor.fingerprint },
    };
    expect(await keyCardIsGenuine(swapped)).toBe(false);
    const notAKey = { ...a, supervisor: { ...a.supervisor, publicKey: 'AAAA' } };
    expect(await keyCardIsGenuine(notAKey)).toBe(false);
  });
});
