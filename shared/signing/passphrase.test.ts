import { describe, expect, it } from 'vitest';
import { seal, unseal, WrongPassphraseError } from './passphrase';

// Few iterations keep the test quick; the strength of the real count is not what is tested here.
const ITERATIONS = 1000;
const secret = new TextEncoder().encode('kunci rahasia penyelia');

describe('passphrase sealing', () => {
  it('gives back exactly the sealed bytes with the right passphrase', async () => {
    const sealed = await seal(secret, 'kata sandi yang panjang', ITERATIONS);
    expect(sealed.ciphertext).not.toContain('rahasia');
    expect(await unseal(sealed, 'kata sandi yang panjang')).toEqual(secret);
  });

  it('fails cleanly with a wrong passphrase or changed data', async () => {
    const sealed = await seal(secret, 'kata sandi yang panjang', ITERATIONS);
    await expect(unseal(sealed, 'kata sandi yang salah')).rejects.toBeInstanceOf(
      WrongPassphraseError,
    );
    const flipped = sealed.ciphertext.startsWith('A')
      ? `B${sealed.ciphertext.slice(1)}`
      : `A${sealed.ciphertext.slice(1)}`;
    await expect(
      unseal({ ...sealed, ciphertext: flipped }, 'kata sandi yang panjang'),
    ).rejects.toBeInstanceOf(WrongPassphraseError);
    await expect(unseal({ ...sealed, iv: '!!' }, 'kata sandi yang panjang')).rejects.toBeInstanceOf(
      WrongPassphraseError,
    );
  });

  it('uses a fresh salt and IV each time', async () => {
    const a = await seal(secret, 'kata sandi yang panjang', ITERATIONS);
    const b = await seal(secret, 'kata sandi yang panjang', ITERATIONS);
    expect(a.salt).not.toBe(b.salt);
    expect(a.ciphertext).not.toBe(b.ciphertext);
  });
});
