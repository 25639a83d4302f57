import { z } from 'zod';
import type { Sealed } from '../signing/passphrase';
import { boundedList } from '../files/bounded-list';
import { OWN_FILE_TYPES } from '../files/own-file-types';
import { signableEntrySchema } from './signable';

/**
 * The files that carry a sign-off between two copies of the app, with no server between them.
 * Each has its own extension so the open dialogs only offer the right kind.
 */
export const SIGNOFF_FILES = {
  request: { extension: OWN_FILE_TYPES.request.extension, format: 'kompeten.signoff-request' },
  response: { extension: OWN_FILE_TYPES.response.extension, format: 'kompeten.signoff-response' },
  keyCard: { extension: OWN_FILE_TYPES.keyCard.extension, format: 'kompeten.supervisor-card' },
  keyBackup: { extension: OWN_FILE_TYPES.keyBackup.extension, format: 'kompeten.supervisor-key' },
} as const;

/** Large enough for thousands of entries with long narratives; anything bigger is not ours. */
export const SIGNOFF_MAX_BYTES = OWN_FILE_TYPES.request.maxBytes;
export const MAX_ENTRIES_PER_REQUEST = 2000;

const base64 = z
  .string()
  .regex(/^[A-Za-z0-9+/]+={0,2}$/)
  .max(200);
const isoTime = z.iso.datetime({ offset: true });
const name = z.string().trim().min(1).max(120);
const optional = (max: number) => z.string().trim().max(max);

/** Who a supervisor is, as they describe themselves in supervisor mode. */
export const supervisorIdentitySchema = z.strictObject({
  name,
  role: optional(120),
  strNumber: optional(40),
  contact: optional(200),
});
export type SupervisorIdentity = z.output<typeof supervisorIdentitySchema>;

export const publicIdentitySchema = supervisorIdentitySchema.extend({
  publicKey: base64,
  fingerprint: z.string().max(60),
});
export type PublicSupervisor = z.output<typeof publicIdentitySchema>;

export const signoffRequestSchema = z.strictObject({
  format: z.literal(SIGNOFF_FILES.request.format),
  version: z.literal(1),
  requestId: z.uuid(),
  createdAt: isoTime,
  /** `id`: the candidate's stable identity, which the signatures bind (see Candidate). */
  candidate: z.strictObject({ name, strNumber: optional(40), id: z.uuid().optional() }),
  /** The supervisor the candidate meant it for; the fingerprint is blank when none is registered. */
  supervisor: z.strictObject({ name, fingerprint: z.string().max(60) }),
  /** Words for field-of-practice ids the candidate added themselves. */
  fieldLabels: z.record(z.string().max(60), z.string().max(120)),
  entries: boundedList(signableEntrySchema, { min: 1, max: MAX_ENTRIES_PER_REQUEST }),
});
export type SignoffRequest = z.output<typeof signoffRequestSchema>;

export const DECISIONS = ['approved', 'returned'] as const;
export type Decision = (typeof DECISIONS)[number];

const decisionSchema = z.strictObject({
  entryId: z.string().min(1).max(100),
  decision: z.enum(DECISIONS),
  comment: optional(1000),
  signedAt: isoTime,
  signature: base64,
});

export const signoffResponseSchema = z.strictObject({
  format: z.literal(SIGNOFF_FILES.response.format),
  // 2: the response as a whole is signed too, so no decision can be dropped from it.
  version: z.literal(2),
  requestId: z.uuid(),
  createdAt: isoTime,
  supervisor: publicIdentitySchema,
  decisions: boundedList(decisionSchema, { min: 1, max: MAX_ENTRIES_PER_REQUEST }),
  /** Over the request, the key and every decision with its own signature (responsePayload). */
  signature: base64,
});
export type SignoffResponse = z.output<typeof signoffResponseSchema>;

/** A supervisor's public key, handed to candidates so they can register it. */
export const keyCardSchema = z.strictObject({
  format: z.literal(SIGNOFF_FILES.keyCard.format),
  version: z.literal(1),
  supervisor: publicIdentitySchema,
});
export type KeyCard = z.output<typeof keyCardSchema>;

export const sealedSchema = z.strictObject({
  kdf: z.literal('PBKDF2-SHA256'),
  iterations: z.number().int().min(100_000).max(10_000_000),
  salt: base64,
  iv: base64,
  ciphertext: base64,
}) satisfies z.ZodType<Sealed>;

/** A supervisor's key pair for moving to another computer; the private half stays sealed. */
export const keyBackupSchema = z.strictObject({
  format: z.literal(SIGNOFF_FILES.keyBackup.format),
  version: z.literal(1),
  supervisor: publicIdentitySchema,
  sealedPrivateKey: sealedSchema,
});
export type KeyBackup = z.output<typeof keyBackupSchema>;
