import { useId, useState, type FormEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldLabelProblem, MAX_FIELD_LABEL } from '../../../../../shared/practice/config';
import { Field } from '../../../ui/Field';
import type { ErrorCode } from './settings-form';

interface LabelFormProps {
  label: string;
  hint: string;
  submitLabel: string;
  initial?: string;
  /** Names already taken, compared without regard to case. */
  otherLabels: readonly string[];
  /** Resolves to true when the name was stored, which empties a form for a new field. */
  onSave(label: string): Promise<boolean>;
  onCancel?(): void;
  inputRef?: Ref<HTMLInputElement>;
}

/** One field name, checked before it is stored: for a new field, or to rename one. */
export function LabelForm(props: LabelFormProps) {
  const { label, hint, submitLabel, initial = '', otherLabels, onSave, onCancel, inputRef } = props;
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(initial);
  const [problem, setProblem] = useState<ErrorCode | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = fieldLabelProblem(text, otherLabels);
    setProblem(found);
    if (found) return;
    setBusy(true);
    const stored = await onSave(text.trim());
    setBusy(false);
    if (stored && !onCancel) setText('');
  };

  const error = problem
    ? t(`practiceSummary.settings.errors.${problem}`, { max: MAX_FIELD_LABEL })
    : undefined;
  return (
    <form className="form label-form" noValidate onSubmit={(event) => void submit(event)}>
      <Field id={id} label={label} hint={hint} error={error} required>
        {(describedBy) => (
          <input
            ref={inputRef}
            id={id}
            type="text"
            value={text}
            autoFocus={onCancel !== undefined}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            onChange={(event) => {
              setText(event.target.value);
              if (problem) setProblem(null);
            }}
          />
        )}
      </Field>
      <div className="dialog__actions">
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t('practiceSummary.settings.fields.cancel')}
          </button>
        )}
        <button type="submit" className="button button--primary" disabled={busy}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
