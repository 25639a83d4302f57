import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  supervisorIdentitySchema,
  type SupervisorIdentity,
} from '../../../../shared/signoff/files';
import { useDb } from '../../db/context';
import type { SupervisorRow } from '../../db/database';
import { saveSupervisor } from '../../db/supervisor-repository';
import { errorMessage } from '../../ui/error-message';
import { Field } from '../../ui/Field';
import { Modal } from '../../ui/Modal';

const IDENTITY_FIELDS = ['name', 'role', 'strNumber', 'contact'] as const;
const MAX: Record<(typeof IDENTITY_FIELDS)[number], number> = {
  name: 120,
  role: 120,
  strNumber: 40,
  contact: 200,
};

/** A supervisor added by hand, or the details of one listed changed. */
export function SupervisorForm({
  supervisor,
  onClose,
}: {
  supervisor?: SupervisorRow;
  onClose(): void;
}) {
  const db = useDb();
  const { t } = useTranslation();
  const uid = useId();
  const [failure, setFailure] = useState<string | null>(null);
  const { register, handleSubmit, formState } = useForm<SupervisorIdentity>({
    resolver: zodResolver(supervisorIdentitySchema),
    defaultValues: {
      name: supervisor?.name ?? '',
      role: supervisor?.role ?? '',
      strNumber: supervisor?.strNumber ?? '',
      contact: supervisor?.contact ?? '',
    },
  });
  const submit = async (identity: SupervisorIdentity) => {
    try {
      await saveSupervisor(db, identity, supervisor?.id);
      onClose();
    } catch (error) {
      setFailure(errorMessage(error));
    }
  };
  return (
    <Modal
      open
      title={supervisor ? t('practice.supervisors.editTitle') : t('practice.supervisors.addTitle')}
      onClose={onClose}
    >
      <form className="form" noValidate onSubmit={(event) => void handleSubmit(submit)(event)}>
        {IDENTITY_FIELDS.map((key) => {
          const error = formState.errors[key]
            ? t(
                key === 'name'
                  ? 'practice.supervisors.nameRequired'
                  : 'practice.supervisors.tooLong',
                {
                  max: MAX[key],
                },
              )
            : undefined;
          return (
            <Field
              key={key}
              id={`${uid}-${key}`}
              label={t(`practice.supervisors.${key}`)}
              error={error}
              required={key === 'name'}
            >
              {(d) => (
                <input
                  id={`${uid}-${key}`}
                  type="text"
                  maxLength={MAX[key]}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={d}
                  {...register(key)}
                />
              )}
            </Field>
          );
        })}
        {failure && (
          <p role="alert" className="form__alert">
            {failure}
          </p>
        )}
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('practice.cancel')}
          </button>
          <button
            type="submit"
            className="button button--primary"
            disabled={formState.isSubmitting}
          >
            {t('practice.supervisors.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
