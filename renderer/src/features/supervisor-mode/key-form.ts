import type { TFunction } from 'i18next';
import { z } from 'zod';
import type { SupervisorIdentity } from '../../../../shared/signoff/files';
import { MIN_PASSPHRASE_LENGTH } from './own-key';

/** Validation failures as codes; the form translates them next to the field. */
export const KEY_FORM_ERRORS = {
  required: 'required',
  tooLong: 'tooLong',
  passphraseShort: 'passphraseShort',
  passphraseMismatch: 'passphraseMismatch',
  /** Set by the form itself when the key does not open. */
  wrongPassphrase: 'wrongPassphrase',
} as const;
export type KeyFormError = keyof typeof KEY_FORM_ERRORS;

export const isKeyFormError = (code: unknown): code is KeyFormError =>
  typeof code === 'string' && Object.hasOwn(KEY_FORM_ERRORS, code);

/** The same limits as supervisorIdentitySchema, which key cards and responses are checked with. */
export const IDENTITY_LIMITS = { name: 120, role: 120, strNumber: 40, contact: 200 } as const;

const text = (max: number) => z.string().trim().max(max, { error: KEY_FORM_ERRORS.tooLong });

export const newKeySchema = z
  .object({
    name: text(IDENTITY_LIMITS.name).min(1, { error: KEY_FORM_ERRORS.required }),
    role: text(IDENTITY_LIMITS.role),
    strNumber: text(IDENTITY_LIMITS.strNumber),
    contact: text(IDENTITY_LIMITS.contact),
    // Not trimmed: spaces are part of a passphrase.
    passphrase: z.string().min(MIN_PASSPHRASE_LENGTH, { error: KEY_FORM_ERRORS.passphraseShort }),
    repeat: z.string(),
  })
  // Checked even while the name is missing, so every problem shows at once.
  .superRefine(
    ({ passphrase, repeat }, ctx) => {
      if (passphrase !== repeat) {
        ctx.addIssue({
          code: 'custom',
          path: ['repeat'],
          message: KEY_FORM_ERRORS.passphraseMismatch,
        });
      }
    },
    { when: ({ value }) => typeof value === 'object' && value !== null },
  );

export type NewKeyValues = z.input<typeof newKeySchema>;
export type NewKeyData = z.output<typeof newKeySchema>;

export const EMPTY_NEW_KEY: NewKeyValues = {
  name: '',
  role: '',
  strNumber: '',
  contact: '',
  passphrase: '',
  repeat: '',
};

export const identityOf = ({ name, role, strNumber, contact }: NewKeyData): SupervisorIdentity => ({
  name,
  role,
  strNumber,
  contact,
});

/** Opening a key only needs something typed; whether it is right, the key itself says. */
export const unlockSchema = z.object({
  passphrase: z.string().min(1, { error: KEY_FORM_ERRORS.required }),
});
export type UnlockValues = z.input<typeof unlockSchema>;

/** The message for a code next to its field; the length limits come with it. */
export function keyFormMessage(t: TFunction, code: unknown, field: string): string | undefined {
  if (!isKeyFormError(code)) return undefined;
  const max = Object.hasOwn(IDENTITY_LIMITS, field)
    ? IDENTITY_LIMITS[field as keyof typeof IDENTITY_LIMITS]
    : undefined;
  return t(`supervisorMode.errors.${code}`, { max, min: MIN_PASSPHRASE_LENGTH });
}
