import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useDb } from '../../db/context';
import { saveOwnKey } from '../../db/supervisor-repository';
import { errorMessage } from '../../ui/error-message';
import { Field } from '../../ui/Field';
import { fieldErrors } from '../../ui/field-errors';
import {
  EMPTY_NEW_KEY,
  IDENTITY_LIMITS,
  identityOf,
  keyFormMessage,
  newKeySchema,
  type NewKeyData,
  type NewKeyValues,
} from './key-form';
import { createOwnKey, MIN_PASSPHRASE_LENGTH } from './own-key';

const IDENTITY_FIELDS = ['name', 'role', 'strNumber', 'contact'] as const;
const HINTS = {
  name: undefined,
  role: 'supervisorMode.create.roleHint',
  strNumber: 'supervisorMode.create.strNumberHint',
  contact: 'supervisorMode.create.contactHint',
} as const;

/** Who the supervisor is and the passphrase that locks their new key. */
export function CreateKeyForm({ onCreated }: { onCreated(): void }) {
  const db = useDb();
  const { t } = useTranslation();
  const uid = useId();
  const idOf = (field: keyof NewKeyValues) => `${uid}-${field}`;
  const [failure, setFailure] = useState<string | null>(null);
  const { register, handleSubmit, formState, control } = useForm<NewKeyValues, unknown, NewKeyData>(
    {
      resolver: zodResolver(newKeySchema),
      defaultValues: EMPTY_NEW_KEY,
      mode: 'onSubmit',
      reValidateMode: 'onChange',
    },
  );
  const { isSubmitting } = formState;
  const passphrase = useWatch({ control, name: 'passphrase' });
  const left = MIN_PASSPHRASE_LENGTH - passphrase.length;
  const { errorFor, aria } = fieldErrors(formState.errors, (code, field) =>
    keyFormMessage(t, code, field),
  );

  const submit = async (values: NewKeyData) => {
    setFailure(null);
    try {
      await saveOwnKey(db, await createOwnKey(identityOf(values), values.passphrase, new Date()));
      onCreated();
    } catch (error) {
      setFailure(t('supervisorMode.create.failed', { reason: errorMessage(error) }));
    }
  };

  return (
    <form className="form" noValidate onSubmit={(event) => void handleSubmit(submit)(event)}>
      {IDENTITY_FIELDS.map((field) => {
        const hint = HINTS[field];
        return (
          <Field
            key={field}
            id={idOf(field)}
            label={t(`supervisorMode.create.${field}`)}
            hint={hint && t(hint)}
            error={errorFor(field)}
            required={field === 'name'}
          >
            {(describedBy) => (
              <input
                id={idOf(field)}
                type="text"
                maxLength={IDENTITY_LIMITS[field]}
                autoComplete={field === 'name' ? 'name' : 'off'}
                {...aria(field, describedBy)}
                {...register(field)}
              />
            )}
          </Field>
        );
      })}
      <Field
        id={idOf('passphrase')}
        label={t('supervisorMode.create.passphrase')}
        hint={t('supervisorMode.create.passphraseHint', { min: MIN_PASSPHRASE_LENGTH })}
        error={errorFor('passphrase')}
        required
      >
        {(describedBy) => (
          <>
            <input
              id={idOf('passphrase')}
              type="password"
              autoComplete="new-password"
              {...aria('passphrase', describedBy)}
              {...register('passphrase')}
            />
            {left > 0 && left < MIN_PASSPHRASE_LENGTH && (
              <p className="field__hint">
                {t('supervisorMode.create.passphraseLeft', { count: left })}
              </p>
            )}
          </>
        )}
      </Field>
      <Field
        id={idOf('repeat')}
        label={t('supervisorMode.create.repeat')}
        error={errorFor('repeat')}
        required
      >
        {(describedBy) => (
          <input
            id={idOf('repeat')}
            type="password"
            autoComplete="new-password"
            {...aria('repeat', describedBy)}
            {...register('repeat')}
          />
        )}
      </Field>
      {failure && (
        <p role="alert" className="form__alert">
          {failure}
        </p>
      )}
      <p className="save-state" role="status">
        {isSubmitting && t('supervisorMode.create.busy')}
      </p>
      <div className="dialog__actions">
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          {t('supervisorMode.create.submit')}
        </button>
      </div>
    </form>
  );
}
