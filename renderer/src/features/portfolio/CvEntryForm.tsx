import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { localIsoDate } from '../../../../shared/dates';
import {
  CV_CHOICES,
  CV_ERRORS,
  cvEntrySchema,
  cvSection,
  EARLIEST_CV_YEAR,
  emptyCvValues,
  type CvField,
  type CvSectionId,
  type CvValues,
} from '../../../../shared/portfolio/cv';
import { Field } from '../../ui/Field';
import { fieldErrors } from '../../ui/field-errors';
import { cvChoiceLabel, cvFieldLabel } from './cv-labels';
import { errorMessage } from '../../ui/error-message';

const CODES = new Set<string>(Object.values(CV_ERRORS));
const MAX_LENGTH: Partial<Record<CvField['kind'], number>> = { text: 200, longText: 2000 };

interface Props {
  section: CvSectionId;
  initial?: CvValues;
  submitLabel: string;
  /** Stores the validated values; a thrown error is shown and the form keeps its input. */
  onSubmit(values: CvValues): Promise<void>;
  onCancel?(): void;
}

/** The form for one entry of a CV part, built from that part's fields in shared/portfolio/cv. */
export function CvEntryForm({ section, initial, submitLabel, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const uid = useId();
  const idOf = (key: string) => `${uid}-${key}`;
  const today = localIsoDate(new Date());
  const [saveError, setSaveError] = useState<string | null>(null);
  const { register, handleSubmit, formState } = useForm<CvValues>({
    resolver: zodResolver(cvEntrySchema(section, today)),
    defaultValues: { ...emptyCvValues(section), ...initial },
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const fields = cvSection(section).fields;
  const { errorFor, aria } = fieldErrors(formState.errors, (code, key) => {
    if (typeof code !== 'string' || !CODES.has(code)) return undefined;
    const kind = fields.find((f) => f.key === key)?.kind;
    return t(`cv.errors.${code as keyof typeof CV_ERRORS}`, {
      max: kind ? MAX_LENGTH[kind] : undefined,
      min: EARLIEST_CV_YEAR,
      latest: today.slice(0, 4),
    });
  });

  const submit = async (values: CvValues) => {
    setSaveError(null);
    try {
      await onSubmit(values);
    } catch (error) {
      setSaveError(errorMessage(error));
    }
  };

  const control = (field: CvField, describedBy: string | undefined) => {
    const common = { id: idOf(field.key), ...aria(field.key, describedBy), ...register(field.key) };
    switch (field.kind) {
      case 'longText':
        return <textarea rows={3} maxLength={MAX_LENGTH.longText} {...common} />;
      case 'year':
      case 'endYear':
        return (
          <input
            type="text"
            inputMode="numeric"
            maxLength={4}
            className="input--year"
            {...common}
          />
        );
      case 'date':
        return <input type="date" max={today} className="input--date" {...common} />;
      case 'hours':
        return (
          <input
            type="text"
            inputMode="decimal"
            maxLength={7}
            className="input--year"
            {...common}
          />
        );
      case 'choice':
        return (
          <select {...common}>
            <option value="">{t('cv.choose')}</option>
            {CV_CHOICES[field.choices].map((value) => (
              <option key={value} value={value}>
                {cvChoiceLabel(t, field.choices, value)}
              </option>
            ))}
          </select>
        );
      case 'text':
        return <input type="text" maxLength={MAX_LENGTH.text} {...common} />;
    }
  };

  return (
    <form className="form" noValidate onSubmit={(event) => void handleSubmit(submit)(event)}>
      {fields.map((field) => (
        <Field
          key={field.key}
          id={idOf(field.key)}
          label={cvFieldLabel(t, field.key)}
          hint={field.kind === 'endYear' ? t('cv.endYearHint') : undefined}
          error={errorFor(field.key)}
          required={'required' in field && field.required}
        >
          {(describedBy) => control(field, describedBy)}
        </Field>
      ))}
      {saveError && (
        <p role="alert" className="form__alert">
          {t('cv.saveFailed', { reason: saveError })}
        </p>
      )}
      <div className="dialog__actions">
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t('cv.cancel')}
          </button>
        )}
        <button type="submit" className="button button--primary" disabled={formState.isSubmitting}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
