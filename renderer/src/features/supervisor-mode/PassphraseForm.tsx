import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { WrongPassphraseError } from '../../../../shared/signing/passphrase';
import { errorMessage } from '../../ui/error-message';
import { Field } from '../../ui/Field';
import { fieldErrors } from '../../ui/field-errors';
import { keyFormMessage, unlockSchema, type UnlockValues } from './key-form';

interface Props {
  label: string;
  submitLabel: string;
  /** Shown while the key opens: deriving the key from the passphrase takes a moment. */
  busyLabel: string;
  /** Uses the passphrase; a WrongPassphraseError shows next to the field, anything else below. */
  onUnlock(passphrase: string): Promise<void>;
  cancel?: { label: string; onCancel(): void };
}

/** Asks for the passphrase of the supervisor's key and says so next to it when it is wrong. */
export function PassphraseForm(props: Props) {
  const { label, submitLabel, busyLabel, onUnlock, cancel } = props;
  const { t } = useTranslation();
  const id = `${useId()}-passphrase`;
  const [failure, setFailure] = useState<string | null>(null);
  const { register, handleSubmit, formState, setError } = useForm<UnlockValues>({
    resolver: zodResolver(unlockSchema),
    defaultValues: { passphrase: '' },
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const { isSubmitting } = formState;
  const { errorFor, aria } = fieldErrors(formState.errors, (code, field) =>
    keyFormMessage(t, code, field),
  );

  const submit = async ({ passphrase }: UnlockValues) => {
    setFailure(null);
    try {
      await onUnlock(passphrase);
    } catch (error) {
      if (error instanceof WrongPassphraseError) {
        setError('passphrase', { message: 'wrongPassphrase' }, { shouldFocus: true });
      } else {
        setFailure(t('supervisorMode.errors.unexpected', { detail: errorMessage(error) }));
      }
    }
  };

  return (
    <form className="form" noValidate onSubmit={(event) => void handleSubmit(submit)(event)}>
      <Field id={id} label={label} error={errorFor('passphrase')} required>
        {(describedBy) => (
          <input
            id={id}
            type="password"
            autoComplete="current-password"
            autoFocus
            readOnly={isSubmitting}
            {...aria('passphrase', describedBy)}
            {...register('passphrase')}
          />
        )}
      </Field>
      {failure && (
        <p role="alert" className="form__alert">
          {failure}
        </p>
      )}
      <p className="save-state" role="status">
        {isSubmitting && busyLabel}
      </p>
      <div className="dialog__actions">
        {cancel && (
          <button type="button" className="button" onClick={cancel.onCancel}>
            {cancel.label}
          </button>
        )}
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
