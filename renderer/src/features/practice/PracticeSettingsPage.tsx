import { zodResolver } from '@hookform/resolvers/zod';
import {
  useId,
  useMemo,
  useRef,
  useState,
  type ComponentProps,
  type FormEvent,
  type Ref,
} from 'react';
import { useController, useFieldArray, useForm, useWatch, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { DEFAULT_FIELDS_OF_PRACTICE } from '../../../../shared/domain/fields-of-practice';
import {
  fieldLabelProblem,
  MAX_CUSTOM_FIELDS,
  MAX_FIELD_LABEL,
  MAX_TARGET_HOURS,
  newFieldId,
  PRACTICE_CONFIG_ERRORS,
  practiceTargetsSchema,
  type PracticeConfig,
} from '../../../../shared/practice/config';
import {
  DEFAULT_TOTAL_TARGET_HOURS,
  PRACTICE_DIMENSIONS,
  type PracticeDimension,
  type PracticeTargets,
} from '../../../../shared/practice/totals';
import { currentLanguage, LOCALES } from '../../i18n';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { errorMessage } from '../../ui/error-message';
import { Field } from '../../ui/Field';
import { fieldErrors } from '../../ui/field-errors';
import { Loading } from '../../ui/Loading';
import { Modal } from '../../ui/Modal';
import { useDocumentTitle } from '../../ui/use-document-title';
import { dimensionOptions, fieldLabel, valueLabel } from './practice-labels';
import { PracticeNav } from './PracticeNav';
import { savePracticeConfig, usePracticeConfig, usePracticeEntries } from './use-practice';
import './summary.css';

type ErrorCode = keyof typeof PRACTICE_CONFIG_ERRORS;
const CODES = new Set<string>(Object.values(PRACTICE_CONFIG_ERRORS));

export function PracticeSettingsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('practiceSummary.settings.title'));
  const config = usePracticeConfig();
  const entries = usePracticeEntries();
  // Entries per field, so a field in use is never removed from under them.
  const usage = useMemo(() => {
    const counts = new Map<string, number>();
    for (const entry of entries ?? []) counts.set(entry.field, (counts.get(entry.field) ?? 0) + 1);
    return counts;
  }, [entries]);
  return (
    <section className="page practice-settings">
      <h1>{t('practiceSummary.settings.title')}</h1>
      <PracticeNav />
      <p className="lead">{t('practiceSummary.settings.intro')}</p>
      {!config || !entries ? (
        <Loading />
      ) : (
        <>
          <TargetsEditor config={config} />
          <FieldsEditor config={config} usage={usage} />
        </>
      )}
    </section>
  );
}

/** What the form holds: hours are the text typed, which the schema turns into numbers. */
type TargetsForm = z.input<typeof practiceTargetsSchema>;

// People write "40,5" as often as "40.5"; the schema reads numbers with a point.
const decimalPoint = (value: string) => value.replace(',', '.');

function TargetsEditor({ config }: { config: PracticeConfig }) {
  const { t, i18n } = useTranslation();
  const uid = useId();
  const locale = LOCALES[currentLanguage(i18n)];
  const number = new Intl.NumberFormat(locale);
  // Stored hours shown the way they are typed: a decimal comma in Indonesian, no grouping.
  const typed = new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 2 });
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const { register, control, handleSubmit, formState, setValue } = useForm<
    TargetsForm,
    unknown,
    PracticeTargets
  >({
    resolver: zodResolver(practiceTargetsSchema),
    defaultValues: {
      totalHours: typed.format(config.targets.totalHours),
      minimums: config.targets.minimums.map((m) => ({ ...m, hours: typed.format(m.hours) })),
    },
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const { fields, append, remove } = useFieldArray({ control, name: 'minimums' });
  const { errorFor, aria } = fieldErrors(formState.errors, (code, field) => {
    if (typeof code === 'string' && CODES.has(code)) {
      return t(`practiceSummary.settings.errors.${code as ErrorCode}`, {
        max: number.format(MAX_TARGET_HOURS),
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
      await savePracticeConfig({ targets });
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
            hours: number.format(DEFAULT_TOTAL_TARGET_HOURS),
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

type ValueSelectProps = Pick<
  ComponentProps<'select'>,
  'id' | 'aria-invalid' | 'aria-describedby'
> & {
  index: number;
  control: Control<TargetsForm, unknown, PracticeTargets>;
  config: PracticeConfig;
};

/**
 * The categories of the row's chosen group, plus its saved one if that field is now hidden.
 * Controlled, because its options change with the group and must still show the value held.
 */
function ValueSelect({ index, control, config, ...select }: ValueSelectProps) {
  const { t } = useTranslation();
  const { field } = useController({ control, name: `minimums.${index}.value` });
  const dimension = useWatch({ control, name: `minimums.${index}.dimension` });
  const options = dimensionOptions(t, dimension, config);
  if (field.value && !options.some((o) => o.id === field.value)) {
    options.push({ id: field.value, label: valueLabel(t, dimension, field.value, config) });
  }
  return (
    <select {...select} {...field}>
      {options.map((option) => (
        <option key={option.id} value={option.id}>
          {option.label}
        </option>
      ))}
    </select>
  );
}

type Notice = { kind: 'status' | 'alert'; text: string; fieldId?: string } | null;

function FieldsEditor({ config, usage }: { config: PracticeConfig; usage: Map<string, number> }) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<Notice>(null);
  const [renaming, setRenaming] = useState<{ id: string; label: string } | null>(null);
  const [removing, setRemoving] = useState<{ id: string; label: string } | null>(null);
  const newFieldInput = useRef<HTMLInputElement>(null);
  // Local first, so the checkbox moves at once; the stored list follows (or is put back on failure).
  const [hiddenList, setHiddenList] = useState(config.hiddenFields);
  const hidden = new Set(hiddenList);
  const labelOf = (id: string) => fieldLabel(t, id, config);
  const allLabels = [
    ...DEFAULT_FIELDS_OF_PRACTICE.map(labelOf),
    ...config.customFields.map((f) => f.label),
  ];
  const entriesText = (id: string) =>
    t('practiceSummary.settings.fields.entries', { count: usage.get(id) ?? 0 });

  /** Saves a change and says what happened; a failure is shown and nothing else changes. */
  const save = async (change: Partial<PracticeConfig>, done: string) => {
    try {
      await savePracticeConfig(change);
      setNotice({ kind: 'status', text: done });
      return true;
    } catch (error) {
      setNotice({
        kind: 'alert',
        text: t('practiceSummary.settings.fields.saveFailed', { reason: errorMessage(error) }),
      });
      return false;
    }
  };

  const toggle = (id: string, show: boolean) => {
    const label = labelOf(id);
    const before = hiddenList;
    const hiddenFields = DEFAULT_FIELDS_OF_PRACTICE.filter((f) =>
      f === id ? !show : hidden.has(f),
    );
    setHiddenList(hiddenFields);
    void save(
      { hiddenFields },
      t(`practiceSummary.settings.fields.${show ? 'shown' : 'hidden'}`, { label }),
    ).then((saved) => {
      if (!saved) setHiddenList(before);
    });
  };

  const askToRemove = (id: string, label: string) => {
    const count = usage.get(id) ?? 0;
    if (count > 0) {
      setNotice({
        kind: 'alert',
        text: t('practiceSummary.settings.fields.inUse', { label, count }),
        fieldId: id,
      });
    } else {
      setNotice(null);
      setRemoving({ id, label });
    }
  };

  return (
    <section className="card" aria-labelledby="fields-title">
      <h2 id="fields-title">{t('practiceSummary.settings.fields.title')}</h2>
      <p>{t('practiceSummary.settings.fields.intro')}</p>
      <p role="status" className="save-state">
        {notice?.kind === 'status' && notice.text}
      </p>
      {notice?.kind === 'alert' && !notice.fieldId && (
        <p role="alert" className="form__alert">
          {notice.text}
        </p>
      )}

      <h3>{t('practiceSummary.settings.fields.defaultsTitle')}</h3>
      <ul className="field-list">
        {DEFAULT_FIELDS_OF_PRACTICE.map((id) => (
          <li key={id} className="field-list__item">
            <span className="field-list__name">{labelOf(id)}</span>
            <span className="muted small">{entriesText(id)}</span>
            <label className="choice">
              <input
                type="checkbox"
                checked={!hidden.has(id)}
                onChange={(event) => toggle(id, event.target.checked)}
              />
              {t('practiceSummary.settings.fields.show')}
              <span className="visually-hidden"> ({labelOf(id)})</span>
            </label>
          </li>
        ))}
      </ul>

      <h3>{t('practiceSummary.settings.fields.customTitle')}</h3>
      {config.customFields.length === 0 ? (
        <p className="muted">{t('practiceSummary.settings.fields.noCustom')}</p>
      ) : (
        <ul className="field-list">
          {config.customFields.map(({ id, label }) => (
            <li key={id} className="field-list__item">
              <span className="field-list__name">{label}</span>
              <span className="muted small">{entriesText(id)}</span>
              <span className="field-list__actions">
                <button
                  type="button"
                  className="button"
                  aria-label={t('practiceSummary.settings.fields.renameLabel', { label })}
                  onClick={() => setRenaming({ id, label })}
                >
                  {t('practiceSummary.settings.fields.rename')}
                </button>
                <button
                  type="button"
                  className="button button--danger"
                  aria-label={t('practiceSummary.settings.fields.removeLabel', { label })}
                  onClick={() => askToRemove(id, label)}
                >
                  {t('practiceSummary.settings.fields.remove')}
                </button>
              </span>
              {notice?.kind === 'alert' && notice.fieldId === id && (
                <p role="alert" className="form__alert field-list__alert">
                  {notice.text}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}

      <LabelForm
        inputRef={newFieldInput}
        label={t('practiceSummary.settings.fields.newLabel')}
        hint={t('practiceSummary.settings.fields.newHint')}
        submitLabel={t('practiceSummary.settings.fields.add')}
        otherLabels={allLabels}
        onSave={async (label) => {
          if (config.customFields.length >= MAX_CUSTOM_FIELDS) {
            setNotice({
              kind: 'alert',
              text: t('practiceSummary.settings.fields.tooMany', { max: MAX_CUSTOM_FIELDS }),
            });
            return false;
          }
          return save(
            { customFields: [...config.customFields, { id: newFieldId(label, config), label }] },
            t('practiceSummary.settings.fields.added', { label }),
          );
        }}
      />

      <Modal
        open={renaming !== null}
        title={t('practiceSummary.settings.fields.renameTitle', { label: renaming?.label ?? '' })}
        onClose={() => setRenaming(null)}
      >
        {renaming && (
          <LabelForm
            label={t('practiceSummary.settings.fields.renameInput')}
            hint={t('practiceSummary.settings.fields.renameHint')}
            initial={renaming.label}
            submitLabel={t('practiceSummary.settings.fields.save')}
            // Its own name may stay, or change only in case.
            otherLabels={allLabels.filter((l) => l !== renaming.label)}
            onCancel={() => setRenaming(null)}
            onSave={async (label) => {
              const ok = await save(
                {
                  customFields: config.customFields.map((f) =>
                    f.id === renaming.id ? { ...f, label } : f,
                  ),
                },
                t('practiceSummary.settings.fields.renamed', { label }),
              );
              if (ok) setRenaming(null);
              return ok;
            }}
          />
        )}
      </Modal>

      <ConfirmDialog
        open={removing !== null}
        title={t('practiceSummary.settings.fields.removeTitle', { label: removing?.label ?? '' })}
        body={t('practiceSummary.settings.fields.removeBody')}
        confirmLabel={t('practiceSummary.settings.fields.removeConfirm')}
        cancelLabel={t('practiceSummary.settings.fields.cancel')}
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          const target = removing;
          setRemoving(null);
          if (!target) return;
          void save(
            { customFields: config.customFields.filter((f) => f.id !== target.id) },
            t('practiceSummary.settings.fields.removed', { label: target.label }),
          );
          // The removed row's buttons are gone; the add form is the next place to work.
          newFieldInput.current?.focus();
        }}
      />
    </section>
  );
}

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
function LabelForm(props: LabelFormProps) {
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
