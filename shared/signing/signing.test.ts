import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json';
import { seal, unseal } from './passphrase';
import {
  exportPrivateKey,
  exportPublicKey,
  fromBase64,
  importPrivateKey,
  generateSigningKeyPair,
  publicKeyFingerprint,
  signCanonical,
  toBase64,
  verifyCanonical,
} from './ed25519';

describe('canonical JSON', () => {
  it('gives one text whatever the key order, without whitespace', () => {
    const a = canonicalJson({ b: 1, a: [true, null, 'x'], c: { z: 0.5, y: 'é' } });
    const b = canonicalJson({ c: { y: 'é', z: 0.5 }, a: [true, null, 'x'], b: 1 });
    expect(a).toBe(b);
    expect(a).toBe('{"a":[true,null,"x"],"b":1,"c":{"y":"é","z":0.5}}');
  });

  it('leaves out undefined properties and refuses what JSON cannot hold', () => {
    expect(canonicalJson({ a: undefined, b: 2 })).toBe('{"b":2}');
    for (const bad of [NaN, Infinity, [undefined], new Date(0), new Map(), 1n, () => 1]) {
      expect(() => canonicalJson(bad)).toThrow(TypeError);
    }
  });
});

describe('Ed25519 over canonical JSON', () => {
  const entry = { id: 'e1', date: '2026-11-20', minutes: 90, narrative: 'Asesmen awal' };

  it('verifies what was signed, in any key order', async () => {
    const keys = await generateSigningKeyPair();
    const publicKey = await exportPublicKey(keys.publicKey);
    const signature = await signCanonical(keys.privateKey, entry);
    expect(await verifyCanonical(publicKey, entry, signature)).toBe(true);
    const reordered = { narrative: entry.narrative, minutes: 90, date: entry.date, id: 'e1' };
    expect(await verifyCanonical(publicKey, reordered, signature)).toBe(true);
  });

  it('rejects a changed entry, another key, and a damaged or malformed signature', async () => {
    const keys = await generateSigningKeyPair();
    const other = await generateSigningKeyPair();
    const publicKey = await exportPublicKey(keys.publicKey);
    const signature = await signCanonical(keys.privateKey, entry);
    expect(await verifyCanonical(publicKey, { ...entry, minutes: 91 }, signature)).toBe(false);
    expect(await verifyCanonical(await exportPublicKey(other.publicKey), entry, signature)).toBe(
      false,
    );
    const bytes = fromBase64(signature)!;
    bytes[0] = bytes[0]! ^ 1;
    expect(await verifyCanonical(publicKey, entry, toBase64(bytes))).toBe(false);
    expect(await verifyCanonical(publicKey, entry, 'bukan tanda tangan')).toBe(false);
    expect(await verifyCanonical('AAAA', entry, signature)).toBe(false);
  });

  it('shows a fingerprint that is stable for a key and differs between keys', async () => {
    const a = await exportPublicKey((await generateSigningKeyPair()).publicKey);
    const b = await exportPublicKey((await generateSigningKeyPair()).publicKey);
    const fingerprint = await publicKeyFingerprint(a);
    expect(fingerprint).toMatch(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/);
    expect(await publicKeyFingerprint(a)).toBe(fingerprint);
    expect(await publicKeyFingerprint(b)).not.toBe(fingerprint);
    await expect(publicKeyFingerprint('AAAA')).rejects.toThrow();
  });

  it('signs with a private key that went through a passphrase seal and back', async () => {
    const keys = await generateSigningKeyPair();
    const sealed = await seal(await exportPrivateKey(keys.privateKey), 'kata sandi panjang', 1000);
    const restored = await importPrivateKey(await unseal(sealed, 'kata sandi panjang'));
    const publicKey = await exportPublicKey(keys.publicKey);
    const signature = await signCanonical(restored, { entry: 1 });
    expect(await verifyCanonical(publicKey, { entry: 1 }, signature)).toBe(true);
  });
});
