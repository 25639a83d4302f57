import { fromBase64, toBase64 } from './ed25519';

/**
 * Bytes locked with a passphrase: PBKDF2-SHA-256 derives an AES-GCM key, and GCM's tag makes a
 * wrong passphrase fail cleanly instead of giving garbage. Used for a supervisor's private key.
 */
export const PBKDF2_ITERATIONS = 600_000;

export interface Sealed {
  kdf: 'PBKDF2-SHA256';
  iterations: number;
  salt: string;
  iv: string;
  ciphertext: string;
}

export class WrongPassphraseError extends Error {
  constructor() {
    super('The passphrase is wrong, or the data was changed');
    this.name = 'WrongPassphraseError';
  }
}

async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number) {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** How sealed bytes were locked: everything but the passphrase needed to open them again. */
export type SealParams = Omit<Sealed, 'ciphertext'>;

/** Seals bytes and keeps the ciphertext as bytes (large data: no base64 on the way). */
export async function sealBytes(
  data: Uint8Array<ArrayBuffer>,
  passphrase: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<{ params: SealParams; ciphertext: Uint8Array<ArrayBuffer> }> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await deriveKey(passphrase, salt, iterations);
  const ciphertext = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, data),
  );
  return {
    params: { kdf: 'PBKDF2-SHA256', iterations, salt: toBase64(salt), iv: toBase64(iv) },
    ciphertext,
  };
}

/** Opens bytes sealed by `sealBytes`; a wrong passphrase or changed data throws WrongPassphraseError. */
export async function unsealBytes(
  params: SealParams,
  ciphertext: Uint8Array<ArrayBuffer>,
  passphrase: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const salt = fromBase64(params.salt);
  const iv = fromBase64(params.iv);
  if (!salt || !iv || iv.length !== 12) throw new WrongPassphraseError();
  const key = await deriveKey(passphrase, salt, params.iterations);
  try {
    return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, ciphertext));
  } catch {
    throw new WrongPassphraseError();
  }
}

export async function seal(
  data: Uint8Array<ArrayBuffer>,
  passphrase: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<Sealed> {
  const { params, ciphertext } = await sealBytes(data, passphrase, iterations);
  return { ...params, ciphertext: toBase64(ciphertext) };
}

/** Opens sealed bytes; a wrong passphrase or changed data throws WrongPassphraseError. */
export async function unseal(sealed: Sealed, passphrase: string): Promise<Uint8Array<ArrayBuffer>> {
  const { ciphertext, ...params } = sealed;
  const bytes = fromBase64(ciphertext);
  if (!bytes) throw new WrongPassphraseError();
  return unsealBytes(params, bytes, passphrase);
}
