import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useRef, useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  MAX_TARGET_HOURS,
  practiceTargetsSchema,
  type PracticeConfig,
} from '../../../../../shared/practice/config';
import {
  DEFAULT_TOTAL_TARGET_HOURS,
  PRACTICE_DIMENSIONS,
  type PracticeDimension,
  type PracticeTargets,
} from '../../../../../shared/practice/totals';
import { useFormat } from '../../../ui/format';
import { errorMessage } from '../../../ui/error-message';
import { Field } from '../../../ui/Field';
import { fieldErrors } from '../../../ui/field-errors';
import { dimensionOptions } from '../../../ui/practice-labels';
import { savePracticeConfig } from '../use-practice-config';
import { CODES, decimalPoint, type ErrorCode, type TargetsForm } from './settings-form';
import { ValueSelect } from './ValueSelect';
import { useDb } from '../../../db/context';

/** The total target and the minimums per category, edited as one form and saved together. */
export function TargetsEditor({ config }: { config: PracticeConfig }) {
  const db = useDb();
  const { t } = useTranslation();
  const uid = useId();
  const format = useFormat();
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const { register, control, handleSubmit, formState, setValue } = useForm<
    TargetsForm,
    unknown,
    PracticeTargets
  >({
    resolver: zodResolver(practiceTargetsSchema),
    // Stored hours are shown the way they are typed: a decimal comma in Indonesian, no grouping.
    defaultValues: {
      totalHours: format.typedNumber(config.targets.totalHours),
      minimums: config.targets.minimums.map((m) => ({ ...m, hours: format.typedNumber(m.hours) })),
    },
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const { fields, append, remove } = useFieldArray({ control, name: 'minimums' });
  const { errorFor, aria } = fieldErrors(formState.errors, (code, field) => {
    if (typeof code === 'string' && CODES.has(code)) {
      return t(`practiceSummary.settings.errors.${code as ErrorCode}`, {
        max: format.number(MAX_TARGET_HOURS),
      });
    }
    // A group with nothing to choose (every field hidden) leaves the category blank, which zod
    // reports in its own words.
    return code !== undefined && field.endsWith('.value')
      ? t('practiceSummary.settings.errors.required')
      : undefined;
  });
  const firstValue = (dimension: PracticeDimension) =>
    dimensionOptions(t, dimension, config)[0]?.id ?? '';

  const submit = async (targets: PracticeTargets) => {
    setSaved(false);
    setFailure(null);
    try {
      await savePracticeConfig(db, { targets });
      setSaved(true);
    } catch (error) {
      setFailure(errorMessage(error));
    }
  };

  return (
    <section className="card" aria-labelledby="targets-title">
      <h2 id="targets-title">{t('practiceSummary.settings.targets.title')}</h2>
      <form
        className="form"
        noValidate
        onSubmit={(event) => void handleSubmit(submit)(event)}
        onChange={() => setSaved(false)}
      >
        <Field
          id={`${uid}-total`}
          label={t('practiceSummary.settings.targets.total')}
          hint={t('practiceSummary.settings.targets.totalHint', {
            hours: format.number(DEFAULT_TOTAL_TARGET_HOURS),
          })}
          error={errorFor('totalHours')}
          required
        >
          {(describedBy) => (
            <input
              id={`${uid}-total`}
              type="text"
              inputMode="decimal"
              className="input--short"
              {...aria('totalHours', describedBy)}
              {...register('totalHours', { setValueAs: decimalPoint })}
            />
          )}
        </Field>

        <fieldset className="fieldset">
          <legend>{t('practiceSummary.settings.targets.minimumsTitle')}</legend>
          <p className="field__hint">{t('practiceSummary.settings.targets.minimumsHint')}</p>
          {fields.length === 0 && (
            <p className="muted">{t('practiceSummary.settings.targets.noMinimums')}</p>
          )}
          {fields.map((item, index) => (
            <fieldset className="minimum-row" key={item.id}>
              <legend>{t('practiceSummary.settings.targets.row', { n: index + 1 })}</legend>
              <Field
                id={`${uid}-${item.id}-dimension`}
                label={t('practiceSummary.settings.targets.dimension')}
              >
                {(describedBy) => (
                  <select
                    id={`${uid}-${item.id}-dimension`}
                    aria-describedby={describedBy}
                    {...register(`minimums.${index}.dimension`, {
                      // Another group has other categories: start from its first one.
                      onChange: (event: { target: { value: PracticeDimension } }) =>
                        setValue(`minimums.${index}.value`, firstValue(event.target.value)),
                    })}
                  >
                    {PRACTICE_DIMENSIONS.map((dimension) => (
                      <option key={dimension} value={dimension}>
                        {t(`practiceSummary.dimensions.${dimension}`)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field
                id={`${uid}-${item.id}-value`}
                label={t('practiceSummary.settings.targets.value')}
                error={errorFor(`minimums.${index}.value`)}
              >
                {(describedBy) => (
                  <ValueSelect
                    id={`${uid}-${item.id}-value`}
                    index={index}
                    control={control}
                    config={config}
                    {...aria(`minimums.${index}.value`, describedBy)}
                  />
                )}
              </Field>
              <Field
                id={`${uid}-${item.id}-hours`}
                label={t('practiceSummary.settings.targets.hours')}
                error={errorFor(`minimums.${index}.hours`)}
                required
              >
                {(describedBy) => (
                  <input
                    id={`${uid}-${item.id}-hours`}
                    type="text"
                    inputMode="decimal"
                    className="input--short"
                    {...aria(`minimums.${index}.hours`, describedBy)}
                    {...register(`minimums.${index}.hours`, { setValueAs: decimalPoint })}
                  />
                )}
              </Field>
              <button
                type="button"
                className="button minimum-row__remove"
                aria-label={t('practiceSummary.settings.targets.removeLabel', { n: index + 1 })}
                onClick={() => {
                  remove(index);
                  // The button is gone; keep the keyboard where the list continues.
                  addButton.current?.focus();
                }}
              >
                {t('practiceSummary.settings.targets.remove')}
              </button>
            </fieldset>
          ))}
          <div>
            <button
              ref={addButton}
              type="button"
              className="button"
              onClick={() => append({ dimension: 'field', value: firstValue('field'), hours: '' })}
            >
              {t('practiceSummary.settings.targets.add')}
            </button>
          </div>
        </fieldset>

        {failure && (
          <p role="alert" className="form__alert">
            {t('practiceSummary.settings.targets.saveFailed', { reason: failure })}
          </p>
        )}
        <div className="form__footer">
          <button
            type="submit"
            className="button button--primary"
            disabled={formState.isSubmitting}
          >
            {t('practiceSummary.settings.targets.save')}
          </button>
          <p role="status" className="save-state">
            {saved && t('practiceSummary.settings.targets.saved')}
          </p>
        </div>
      </form>
    </section>
  );
}
