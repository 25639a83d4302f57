import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState, type BaseSyntheticEvent } from 'react';
import { useForm, type FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';
import { DEFAULT_FIELDS_OF_PRACTICE } from '../../../../shared/domain/fields-of-practice';
import { LEVELS } from '../../../../shared/domain/levels';
import {
  EMPTY_PROFILE_INPUT,
  PROFILE_LIMITS,
  profileSchema,
  type ProfileInput,
  type StoredProfile,
} from '../../../../shared/profile/profile';
import { useDb } from '../../db/context';
import { inputOf, saveProfile } from '../../db/profile-repository';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Field } from '../../ui/Field';
import { fieldErrors } from '../../ui/field-errors';
import { useFormat } from '../../ui/format';
import { Loading } from '../../ui/Loading';
import { RadioGroup } from '../../ui/RadioGroup';
import { useDocumentTitle } from '../../ui/use-document-title';
import { countFieldErrors, errorParams, isProfileErrorCode } from './profile-errors';
import { useProfile } from '../../queries/profile';
import { errorMessage } from '../../ui/error-message';

export function ProfilePage() {
  const { t } = useTranslation();
  const profile = useProfile();
  useDocumentTitle(t('profile.title'));
  if (profile === undefined) return <Loading />;
  return <ProfileForm saved={profile} />;
}

const toInput = (profile: StoredProfile | null): ProfileInput =>
  profile ? inputOf(profile) : EMPTY_PROFILE_INPUT;

type Status =
  | { kind: 'idle' }
  | { kind: 'saved' }
  | { kind: 'invalid'; count: number }
  | { kind: 'failed'; reason: string };

function ProfileForm({ saved }: { saved: StoredProfile | null }) {
  const db = useDb();
  const { t } = useTranslation();
  const format = useFormat();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [lastSaved, setLastSaved] = useState(saved?.updatedAt ?? null);
  const form = useForm({
    resolver: zodResolver(profileSchema),
    defaultValues: toInput(saved),
    // Validate on submit, then live while fixing: validating on blur would insert messages
    // under the field just left and push the Save button away from the pointer mid-click.
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    // Focus is moved by hand below, in the order the user reads the form.
    shouldFocusError: false,
  });
  const { register, handleSubmit, reset, formState } = form;
  // What the form showed when it was filled: a save writes only the fields changed since.
  const [baseline, setBaseline] = useState(() => toInput(saved));
  const { errors, isDirty, isSubmitting } = formState;

  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      isDirty && !isSubmitting && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (!isDirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [isDirty]);

  const onValid = async (values: ProfileInput) => {
    try {
      // Only what was changed here: another tab may have saved other fields meanwhile.
      const stored = await saveProfile(db, values, { base: baseline });
      setBaseline(toInput(stored));
      reset(toInput(stored));
      setLastSaved(stored.updatedAt);
      setStatus({ kind: 'saved' });
    } catch (error) {
      setStatus({ kind: 'failed', reason: errorMessage(error) });
    }
  };
  const onInvalid = (invalid: FieldErrors<ProfileInput>, event?: BaseSyntheticEvent) => {
    setStatus({ kind: 'invalid', count: countFieldErrors(invalid) });
    const formElement = event?.target as HTMLFormElement | undefined;
    // After React has marked the fields, put the cursor on the first one to fix.
    requestAnimationFrame(() =>
      formElement?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
    );
  };

  const { errorFor, aria } = fieldErrors(errors, (code, field) =>
    isProfileErrorCode(code) ? t(`validation.${code}`, errorParams(field)) : undefined,
  );

  return (
    <section className="page">
      <h1>{t('profile.title')}</h1>
      <p className="lead">{t('profile.intro')}</p>
      <p className="muted">{t('profile.requiredNote')}</p>
      <form
        className="form"
        noValidate
        onSubmit={(event) => void handleSubmit(onValid, onInvalid)(event)}
      >
        <Field
          id="fullName"
          label={t('profile.fullName')}
          hint={t('profile.fullNameHint')}
          error={errorFor('fullName')}
          required
        >
          {(describedBy) => (
            <input
              id="fullName"
              type="text"
              autoComplete="name"
              maxLength={PROFILE_LIMITS.fullName}
              aria-required="true"
              {...aria('fullName', describedBy)}
              {...register('fullName')}
            />
          )}
        </Field>

        <RadioGroup
          legend={t('profile.targetLevel')}
          options={LEVELS.map((level) => ({ value: level, label: t(`levels.${level}`) }))}
          registration={register('targetLevel')}
          error={errorFor('targetLevel')}
          required
        />

        <fieldset className="fieldset">
          <legend>{t('profile.educationLegend')}</legend>
          <Field
            id="programme"
            label={t('profile.programme')}
            hint={t('profile.programmeHint')}
            error={errorFor('education.programme')}
          >
            {(describedBy) => (
              <input
                id="programme"
                type="text"
                maxLength={PROFILE_LIMITS.programme}
                {...aria('education.programme', describedBy)}
                {...register('education.programme')}
              />
            )}
          </Field>
          <Field
            id="institution"
            label={t('profile.institution')}
            error={errorFor('education.institution')}
          >
            {(describedBy) => (
              <input
                id="institution"
                type="text"
                maxLength={PROFILE_LIMITS.institution}
                {...aria('education.institution', describedBy)}
                {...register('education.institution')}
              />
            )}
          </Field>
          <Field
            id="graduationYear"
            label={t('profile.graduationYear')}
            hint={t('profile.graduationYearHint')}
            error={errorFor('education.graduationYear')}
          >
            {(describedBy) => (
              <input
                id="graduationYear"
                type="text"
                inputMode="numeric"
                className="input--short"
                maxLength={4}
                {...aria('education.graduationYear', describedBy)}
                {...register('education.graduationYear')}
              />
            )}
          </Field>
        </fieldset>

        <Field id="workplace" label={t('profile.workplace')} error={errorFor('workplace')}>
          {(describedBy) => (
            <input
              id="workplace"
              type="text"
              autoComplete="organization"
              maxLength={PROFILE_LIMITS.workplace}
              {...aria('workplace', describedBy)}
              {...register('workplace')}
            />
          )}
        </Field>

        <fieldset className="fieldset" aria-describedby="fields-hint">
          <legend>{t('profile.fieldsLegend')}</legend>
          <p id="fields-hint" className="field__hint">
            {t('profile.fieldsHint')}
          </p>
          <div className="choices">
            {DEFAULT_FIELDS_OF_PRACTICE.map((field) => (
              <label key={field} className="choice">
                <input type="checkbox" value={field} {...register('fieldsOfPractice')} />
                {t(`fields.${field}`)}
              </label>
            ))}
          </div>
        </fieldset>

        <Field
          id="strNumber"
          label={t('profile.strNumber')}
          hint={t('profile.strHint')}
          error={errorFor('strNumber')}
        >
          {(describedBy) => (
            <input
              id="strNumber"
              type="text"
              maxLength={40}
              {...aria('strNumber', describedBy)}
              {...register('strNumber')}
            />
          )}
        </Field>

        <div className="form__footer">
          <button type="submit" className="button button--primary" disabled={isSubmitting}>
            {isSubmitting ? t('profile.saving') : t('profile.save')}
          </button>
          <div role="status" aria-live="polite" className="form__status">
            {status.kind === 'saved' && !isDirty && <span>{t('profile.saved')}</span>}
            {lastSaved && (
              <span className="muted">
                {t('profile.savedAt', { time: format.dateTime(lastSaved) })}
              </span>
            )}
          </div>
        </div>
        {status.kind === 'invalid' && countFieldErrors(errors) > 0 && (
          <p role="alert" className="form__alert">
            {t('profile.invalidSummary', { count: countFieldErrors(errors) })}
          </p>
        )}
        {status.kind === 'failed' && (
          <p role="alert" className="form__alert">
            {t('profile.saveFailed', { reason: status.reason })}
          </p>
        )}
      </form>
      <ConfirmDialog
        open={blocker.state === 'blocked'}
        title={t('profile.leaveTitle')}
        body={t('profile.leaveBody')}
        confirmLabel={t('profile.leaveConfirm')}
        cancelLabel={t('profile.leaveCancel')}
        onConfirm={() => blocker.proceed?.()}
        onCancel={() => blocker.reset?.()}
      />
    </section>
  );
}
