import { canonicalBytes } from './canonical-json';

/**
 * Ed25519 signatures over canonical JSON, with WebCrypto (Chromium ≥ 137, so Electron ≥ 37, and
 * Node 20.20 for the tests). Keys and signatures travel as base64 text inside JSON files.
 */
const ALGORITHM = { name: 'Ed25519' } as const;
const PUBLIC_KEY_BYTES = 32;
const SIGNATURE_BYTES = 64;

export const toBase64 = (bytes: Uint8Array): string => btoa(String.fromCharCode(...bytes));

/** Strict base64 (no whitespace, correct padding); null for anything else. */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(text)) return null;
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

/** A new key pair. The private key is extractable so it can be exported under a passphrase. */
export async function generateSigningKeyPair(): Promise<CryptoKeyPair> {
  return (await crypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify'])) as CryptoKeyPair;
}

export async function exportPublicKey(key: CryptoKey): Promise<string> {
  return toBase64(new Uint8Array(await crypto.subtle.exportKey('raw', key)));
}

/** The private key as PKCS #8 bytes, to be sealed with a passphrase and never stored bare. */
export async function exportPrivateKey(key: CryptoKey): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await crypto.subtle.exportKey('pkcs8', key));
}

/** A private key back from PKCS #8, usable for signing only. */
export async function importPrivateKey(pkcs8: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return crypto.subtle.importKey('pkcs8', pkcs8, ALGORITHM, false, ['sign']);
}

/**
 * A short, readable fingerprint of a public key (the first 16 bytes of its SHA-256, in groups of
 * four hex digits), for a supervisor to read out and a candidate to compare.
 */
export async function publicKeyFingerprint(publicKey: string): Promise<string> {
  const raw = fromBase64(publicKey);
  if (!raw || raw.length !== PUBLIC_KEY_BYTES) throw new Error('Not an Ed25519 public key');
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', raw));
  const hex = [...hash.slice(0, 16)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return hex.toUpperCase().match(/.{4}/g)?.join(' ') ?? hex;
}

export async function signCanonical(privateKey: CryptoKey, value: unknown): Promise<string> {
  const signature = await crypto.subtle.sign(ALGORITHM, privateKey, canonicalBytes(value));
  return toBase64(new Uint8Array(signature));
}

/**
 * Whether `signature` is the holder of `publicKey` signing exactly `value`. A malformed key or
 * signature is simply not valid: files are untrusted, so this never throws for them.
 */
export async function verifyCanonical(
  publicKey: string,
  value: unknown,
  signature: string,
): Promise<boolean> {
  const raw = fromBase64(publicKey);
  const sig = fromBase64(signature);
  if (!raw || raw.length !== PUBLIC_KEY_BYTES || !sig || sig.length !== SIGNATURE_BYTES)
    return false;
  try {
    const key = await crypto.subtle.importKey('raw', raw, ALGORITHM, false, ['verify']);
    return await crypto.subtle.verify(ALGORITHM, key, sig, canonicalBytes(value));
  } catch {
    return false;
  }
}
