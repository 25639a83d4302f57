import { z } from 'zod';
import { signableEntrySchema } from '../signoff/signable';
import type { Signoff } from '../signoff/state';
import type { LoggedEntry } from './filter';

/**
 * A practice-log entry exactly as the log stores it, for files that carry whole entries
 * (portfolio bundles, backups): what a supervisor signs, plus local bookkeeping and the sign-off.
 */
const isoTime = z.iso.datetime({ offset: true });
const base64 = z
  .string()
  .regex(/^[A-Za-z0-9+/]+={0,2}$/)
  .max(200);
const localId = z.string().max(100);
const supervisorName = z.string().max(200);
// An entry's canonical JSON; long narratives with many escaped characters stay below this.
const entryText = z.string().max(100_000);

const candidate = z.strictObject({
  name: z.string().max(200),
  strNumber: z.string().max(100),
  id: z.uuid().optional(),
});

export const signoffSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('requested'),
    requestId: z.string().min(1).max(100),
    supervisorId: localId,
    candidate,
    at: isoTime,
    entryText,
  }),
  z.strictObject({
    kind: z.enum(['signed', 'returned']),
    requestId: z.string().min(1).max(100),
    candidate,
    supervisorId: localId,
    supervisorName,
    fingerprint: z.string().max(60),
    publicKey: base64,
    at: isoTime,
    comment: z.string().max(1000),
    signature: base64,
    entryText,
  }),
  z.strictObject({
    kind: z.literal('in-person'),
    supervisorId: localId,
    supervisorName,
    at: isoTime,
    drawing: z.string().max(2_000_000),
    entryText,
  }),
]) satisfies z.ZodType<Signoff>;

export const storedEntrySchema = signableEntrySchema.extend({
  duration: z.string().max(100),
  supervisorId: localId,
  createdAt: z.string().max(100),
  updatedAt: z.string().max(100),
  signoff: signoffSchema.optional(),
}) satisfies z.ZodType<LoggedEntry>;
