import {
  SIGNOFF_FILES,
  type KeyBackup,
  type KeyCard,
  type PublicSupervisor,
  type SignoffRequest,
  type SignoffResponse,
  type SupervisorIdentity,
} from '../../../../shared/signoff/files';
import { signResponse, type DecisionInput } from '../../../../shared/signoff/response';
import {
  exportPrivateKey,
  exportPublicKey,
  generateSigningKeyPair,
  importPrivateKey,
  publicKeyFingerprint,
  signCanonical,
  verifyCanonical,
} from '../../../../shared/signing/ed25519';
import { seal, unseal } from '../../../../shared/signing/passphrase';
import type { OwnKeyRow } from '../../db/database';

/** Supervisor mode's key as stored, without the fixed row id. */
export type OwnKey = Omit<OwnKeyRow, 'id'>;

/** The shortest passphrase accepted for a new key. */
export const MIN_PASSPHRASE_LENGTH = 12;

export const publicSupervisor = (key: OwnKey): PublicSupervisor => ({
  name: key.name,
  role: key.role,
  strNumber: key.strNumber,
  contact: key.contact,
  publicKey: key.publicKey,
  fingerprint: key.fingerprint,
});

/** A new key pair; the private half is kept only sealed with the passphrase. */
export async function createOwnKey(
  identity: SupervisorIdentity,
  passphrase: string,
  now: Date,
): Promise<OwnKey> {
  const pair = await generateSigningKeyPair();
  const publicKey = await exportPublicKey(pair.publicKey);
  return {
    ...identity,
    publicKey,
    fingerprint: await publicKeyFingerprint(publicKey),
    sealedPrivateKey: await seal(await exportPrivateKey(pair.privateKey), passphrase),
    createdAt: now.toISOString(),
  };
}

/** The backup's keys do not belong together: the file was damaged or changed. */
export class KeyBackupMismatchError extends Error {
  constructor() {
    super('The key backup does not match its own fingerprint or public key');
    this.name = 'KeyBackupMismatchError';
  }
}

/** Whether the public key has this fingerprint and the private key signs for it. */
async function keysBelongTogether(
  { publicKey, fingerprint }: PublicSupervisor,
  pkcs8: Uint8Array<ArrayBuffer>,
): Promise<boolean> {
  try {
    if ((await publicKeyFingerprint(publicKey)) !== fingerprint) return false;
    const probe = { format: 'kompeten.key-check', fingerprint };
    const signature = await signCanonical(await importPrivateKey(pkcs8), probe);
    return await verifyCanonical(publicKey, probe, signature);
  } catch {
    // A malformed key is simply not a matching one.
    return false;
  }
}

/**
 * A key from a backup file. The passphrase must open it (WrongPassphraseError otherwise), and its
 * halves must belong together, or candidates could never verify what it signs.
 */
export async function restoreOwnKey(
  backup: KeyBackup,
  passphrase: string,
  now: Date,
): Promise<OwnKey> {
  const pkcs8 = await unseal(backup.sealedPrivateKey, passphrase);
  if (!(await keysBelongTogether(backup.supervisor, pkcs8))) throw new KeyBackupMismatchError();
  return {
    ...backup.supervisor,
    sealedPrivateKey: backup.sealedPrivateKey,
    createdAt: now.toISOString(),
  };
}

export const keyCardOf = (key: OwnKey): KeyCard => ({
  format: SIGNOFF_FILES.keyCard.format,
  version: 1,
  supervisor: publicSupervisor(key),
});

export const keyBackupOf = (key: OwnKey): KeyBackup => ({
  format: SIGNOFF_FILES.keyBackup.format,
  version: 1,
  supervisor: publicSupervisor(key),
  sealedPrivateKey: key.sealedPrivateKey,
});

/** Opens the key with the passphrase (WrongPassphraseError otherwise) and signs the decisions. */
export async function signWithOwnKey(options: {
  key: OwnKey;
  passphrase: string;
  request: SignoffRequest;
  decisions: readonly DecisionInput[];
  now: Date;
}): Promise<SignoffResponse> {
  const { key, request, decisions, now } = options;
  const privateKey = await importPrivateKey(await unseal(key.sealedPrivateKey, options.passphrase));
  return signResponse({ request, decisions, supervisor: publicSupervisor(key), privateKey, now });
}
