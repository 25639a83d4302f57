import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { localIsoDate } from '../../../../shared/dates';
import type { PracticeConfig } from '../../../../shared/practice/config';
import {
  blankPracticeInput,
  MAX_NARRATIVE_LENGTH,
  PRACTICE_ERRORS,
  practiceEntryInputSchema,
  type PracticeEntryInput,
} from '../../../../shared/practice/entry';
import type { LoggedEntry } from '../../../../shared/practice/filter';
import type { PracticeDimension } from '../../../../shared/practice/totals';
import { signoffState } from '../../../../shared/signoff/state';
import { useDb } from '../../db/context';
import type { SupervisorRow } from '../../db/database';
import {
  addPracticeEntry,
  practiceInputOf,
  updatePracticeEntry,
} from '../../db/practice-repository';
import { useFormat } from '../../ui/format';
import { errorMessage } from '../../ui/error-message';
import { Field } from '../../ui/Field';
import { fieldErrors } from '../../ui/field-errors';
import { Modal } from '../../ui/Modal';
import { IdentityWarning } from '../confidentiality';
import { signoffDetail } from '../signoff';
import { dimensionOptions, valueLabel } from '../../ui/practice-labels';
import { CriteriaPicker } from './CriteriaPicker';
import { clearEntryDraft, draftGeneration, loadEntryDraft, saveEntryDraft } from './entry-draft';

const CODES = new Set<string>(Object.values(PRACTICE_ERRORS));
const LIMITS: Record<string, number> = {
  agency: 200,
  setting: 200,
  narrative: MAX_NARRATIVE_LENGTH,
};

interface Props {
  /** The entry to edit; none to add a new one. */
  existing?: LoggedEntry;
  config: PracticeConfig;
  supervisors: readonly SupervisorRow[];
  onClose(): void;
}

export function PracticeEntryForm(props: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      title={props.existing ? t('practice.form.editTitle') : t('practice.form.addTitle')}
      onClose={props.onClose}
      className="dialog--wide"
    >
      <EntryFormBody {...props} />
    </Modal>
  );
}

function EntryFormBody({ existing, config, supervisors, onClose }: Props) {
  const db = useDb();
  const { t } = useTranslation();
  const format = useFormat();
  const uid = useId();
  const idOf = (name: string) => `${uid}-${name}`;
  const today = localIsoDate(new Date());
  const [saveError, setSaveError] = useState<string | null>(null);
  // A new entry's typing is kept as a draft until it is saved or cancelled.
  const [draft] = useState(() => (existing ? null : loadEntryDraft(today)));
  // The entry as the form opened it: the list may show a newer copy by the time it is saved.
  const [base] = useState(() => (existing ? practiceInputOf(existing) : null));
  const { register, handleSubmit, formState, control, reset } = useForm<PracticeEntryInput>({
    resolver: zodResolver(practiceEntryInputSchema(today)),
    defaultValues: base ?? draft ?? blankPracticeInput(today),
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const values = useWatch({ control });
  const { narrative = '', agency = '', setting = '' } = values;
  useEffect(() => {
    if (existing) return;
    const since = draftGeneration();
    const timer = setTimeout(() => saveEntryDraft(values as PracticeEntryInput, since), 300);
    return () => clearTimeout(timer);
  }, [existing, values]);
  const [draftShown, setDraftShown] = useState(draft !== null);
  const close = () => {
    if (!existing) clearEntryDraft();
    onClose();
  };
  const { errorFor, aria } = fieldErrors(formState.errors, (code, field) =>
    typeof code === 'string' && CODES.has(code)
      ? t(`practice.errors.${code as keyof typeof PRACTICE_ERRORS}`, { max: LIMITS[field] })
      : undefined,
  );
  const state = existing ? signoffState(existing) : 'unsigned';
  const signed = state === 'signed' || state === 'in-person';

  const onValid = async (values: PracticeEntryInput) => {
    setSaveError(null);
    try {
      // Only what was changed here: the entry may have changed elsewhere since the form opened.
      if (existing) await updatePracticeEntry(db, existing.id, values, { base: base ?? undefined });
      else await addPracticeEntry(db, values);
      close();
    } catch (error) {
      setSaveError(errorMessage(error));
    }
  };

  const text = (name: 'agency' | 'setting', required = false) => (
    <Field
      id={idOf(name)}
      label={t(`practice.form.${name}`)}
      error={errorFor(name)}
      required={required}
    >
      {(d) => (
        <input
          id={idOf(name)}
          type="text"
          maxLength={LIMITS[name]}
          {...aria(name, d)}
          {...register(name)}
        />
      )}
    </Field>
  );

  const choice = (dimension: PracticeDimension, required = false) => {
    const options = dimensionOptions(t, dimension, config);
    const current = existing?.[dimension];
    // A hidden or removed field stays selectable on entries that already use it.
    if (current && !options.some((o) => o.id === current)) {
      options.push({ id: current, label: valueLabel(t, dimension, current, config) });
    }
    return (
      <Field
        id={idOf(dimension)}
        label={t(`practice.dimensions.${dimension}`)}
        error={errorFor(dimension)}
        required={required}
      >
        {(d) => (
          <select id={idOf(dimension)} {...aria(dimension, d)} {...register(dimension)}>
            <option value="">
              {required ? t('practice.form.choose') : t('practice.form.none')}
            </option>
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
        )}
      </Field>
    );
  };

  return (
    <form className="form" noValidate onSubmit={(event) => void handleSubmit(onValid)(event)}>
      {draftShown && (
        <div className="notice" role="status">
          <p>{t('practice.form.draftRestored')}</p>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => {
              clearEntryDraft();
              reset(blankPracticeInput(today));
              setDraftShown(false);
            }}
          >
            {t('practice.form.draftDiscard')}
          </button>
        </div>
      )}
      {signed && (
        <p className="notice" role="note">
          {t('practice.form.signedWarning')}
        </p>
      )}
      {existing && state === 'returned' && (
        <p className="notice" role="note">
          {signoffDetail(t, format, existing, state)}
        </p>
      )}
      <div className="form-row">
        <Field id={idOf('date')} label={t('practice.form.date')} error={errorFor('date')} required>
          {(d) => (
            <input
              id={idOf('date')}
              type="date"
              max={today}
              className="input--date"
              {...aria('date', d)}
              {...register('date')}
            />
          )}
        </Field>
        <Field
          id={idOf('startTime')}
          label={t('practice.form.startTime')}
          error={errorFor('startTime')}
        >
          {(d) => (
            <input
              id={idOf('startTime')}
              type="time"
              {...aria('startTime', d)}
              {...register('startTime')}
            />
          )}
        </Field>
        <Field id={idOf('endTime')} label={t('practice.form.endTime')} error={errorFor('endTime')}>
          {(d) => (
            <input
              id={idOf('endTime')}
              type="time"
              {...aria('endTime', d)}
              {...register('endTime')}
            />
          )}
        </Field>
        <Field
          id={idOf('duration')}
          label={t('practice.form.duration')}
          hint={t('practice.form.durationHint')}
          error={errorFor('duration')}
        >
          {(d) => (
            <input
              id={idOf('duration')}
              type="text"
              inputMode="decimal"
              maxLength={6}
              className="input--year"
              {...aria('duration', d)}
              {...register('duration')}
            />
          )}
        </Field>
      </div>
      {text('agency', true)}
      {text('setting')}
      <div className="form-row">
        {choice('field', true)}
        {choice('activityKind', true)}
      </div>
      <div className="form-row">
        {choice('practiceLevel')}
        {choice('practiceForm')}
        {choice('stage')}
      </div>
      <Field
        id={idOf('supervisorId')}
        label={t('practice.form.supervisor')}
        hint={supervisors.length === 0 ? t('practice.form.noSupervisors') : undefined}
      >
        {(d) => (
          <select id={idOf('supervisorId')} aria-describedby={d} {...register('supervisorId')}>
            <option value="">{t('practice.form.none')}</option>
            {supervisors.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id={idOf('narrative')}
        label={t('practice.form.narrative')}
        hint={t('practice.form.narrativeHint')}
        error={errorFor('narrative')}
      >
        {(d) => (
          <textarea
            id={idOf('narrative')}
            rows={5}
            maxLength={MAX_NARRATIVE_LENGTH}
            {...aria('narrative', d)}
            {...register('narrative')}
          />
        )}
      </Field>
      <IdentityWarning text={`${agency}\n${setting}\n${narrative}`} />
      <Controller
        control={control}
        name="criterionRefs"
        render={({ field }) => <CriteriaPicker value={field.value} onChange={field.onChange} />}
      />
      {saveError && (
        <p role="alert" className="form__alert">
          {t('practice.form.saveFailed', { reason: saveError })}
        </p>
      )}
      <div className="dialog__actions">
        <button type="button" className="button" onClick={close}>
          {t('practice.cancel')}
        </button>
        <button type="submit" className="button button--primary" disabled={formState.isSubmitting}>
          {t('practice.form.save')}
        </button>
      </div>
    </form>
  );
}
