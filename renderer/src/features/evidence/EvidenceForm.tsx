import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  EVIDENCE_ERRORS,
  EVIDENCE_TYPES,
  evidenceInputSchema,
  MAX_EVIDENCE_FILE_BYTES,
  VATM_RULES,
  type Evidence,
  type EvidenceInput,
} from '../../../../shared/assessment/assessment';
import { localIsoDate } from '../../../../shared/dates';
import { useDb } from '../../db/context';
import {
  addEvidence,
  updateEvidence,
  type FileChange,
  type NewFile,
} from '../../db/evidence-repository';
import { Field } from '../../ui/Field';
import { fieldErrors } from '../../ui/field-errors';
import { useFormat } from '../../ui/format';
import { Modal } from '../../ui/Modal';
import { IdentityWarning } from '../confidentiality';
import { RadioGroup } from '../../ui/RadioGroup';
import { errorMessage } from '../../ui/error-message';
import { evidenceFileProblem, SIGNATURE_BYTES } from '../../../../shared/assessment/evidence-file';

const LIMITS: Record<string, number> = { title: 200, description: 4000 };
const CODES = new Set<string>(Object.values(EVIDENCE_ERRORS));

/** Either new evidence supporting one criterion from the start, or an existing piece to edit. */
type Target = { criterionRef: string } | { existing: Evidence };

type Props = Target & { open: boolean; onClose(): void };

export function EvidenceForm({ open, onClose, ...target }: Props) {
  const { t } = useTranslation();
  const title = 'existing' in target ? t('evidence.editTitle') : t('evidence.formTitle');
  return (
    <Modal open={open} title={title} onClose={onClose} className="dialog--wide">
      <EvidenceFormBody target={target} onClose={onClose} />
    </Modal>
  );
}

function initialValues(target: Target, today: string): EvidenceInput {
  if ('existing' in target) {
    const { title, date, type, description, link, vatm, criterionRefs } = target.existing;
    return { title, date, type, description, link, vatm: { ...vatm }, criterionRefs };
  }
  return {
    title: '',
    date: today,
    type: '' as EvidenceInput['type'],
    description: '',
    link: '',
    vatm: { valid: false, asli: false, terkini: false, memadai: false },
    criterionRefs: [target.criterionRef],
  };
}

function EvidenceFormBody({ target, onClose }: { target: Target; onClose(): void }) {
  const db = useDb();
  const { t } = useTranslation();
  const format = useFormat();
  // Unique ids: the form lives inside pages that have their own "evidence-…" ids.
  const uid = useId();
  const idOf = (name: string) => `${uid}-${name}`;
  const today = localIsoDate(new Date());
  const existing = 'existing' in target ? target.existing : undefined;
  const [file, setFile] = useState<NewFile | null>(null);
  const [removeFile, setRemoveFile] = useState(false);
  const [fileError, setFileError] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const { register, handleSubmit, formState, control } = useForm({
    resolver: zodResolver(evidenceInputSchema(today)),
    defaultValues: initialValues(target, today),
  });
  const { errors, isSubmitting } = formState;
  const [title, description] = useWatch({ control, name: ['title', 'description'] });
  const { errorFor, aria } = fieldErrors(errors, (code, field) =>
    typeof code === 'string' && CODES.has(code)
      ? t(`evidence.errors.${code as keyof typeof EVIDENCE_ERRORS}`, { max: LIMITS[field] })
      : undefined,
  );
  const maxSize = format.bytes(MAX_EVIDENCE_FILE_BYTES);

  /** An empty file, or one that is not the PDF or image it claims to be, is refused here. */
  const checkFile = async (chosen: File) => {
    const info = { name: chosen.name, mimeType: chosen.type, size: chosen.size };
    const head = new Uint8Array(await chosen.slice(0, SIGNATURE_BYTES).arrayBuffer());
    const problem = evidenceFileProblem(info, head);
    if (!problem) return setFile({ ...info, blob: chosen });
    setFileError(
      problem.kind === 'empty'
        ? t('evidence.fileEmpty', { name: chosen.name })
        : t('evidence.fileNotWhatItClaims', {
            name: chosen.name,
            type: t(`evidence.signedTypes.${problem.claimed}`),
          }),
    );
  };

  const onValid = async (values: EvidenceInput) => {
    if (fileError) return;
    try {
      if (existing) {
        const change: FileChange = file
          ? { replace: file }
          : removeFile
            ? { remove: true }
            : { keep: true };
        await updateEvidence(db, existing.id, values, change);
      } else {
        await addEvidence(db, values, file ?? undefined);
      }
      onClose();
    } catch (error) {
      setSaveError(errorMessage(error));
    }
  };

  return (
    <form className="form" noValidate onSubmit={(event) => void handleSubmit(onValid)(event)}>
      <Field id={idOf('title')} label={t('evidence.name')} error={errorFor('title')} required>
        {(d) => (
          <input
            id={idOf('title')}
            type="text"
            maxLength={200}
            {...aria('title', d)}
            {...register('title')}
          />
        )}
      </Field>
      <Field id={idOf('date')} label={t('evidence.date')} error={errorFor('date')} required>
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
      <RadioGroup
        legend={t('evidence.type')}
        options={EVIDENCE_TYPES.map((type) => ({
          value: type,
          label: t(`evidence.types.${type}`),
        }))}
        registration={register('type')}
        error={errorFor('type')}
        required
      />
      <Field
        id={idOf('description')}
        label={t('evidence.description')}
        hint={t('evidence.descriptionHint')}
        error={errorFor('description')}
      >
        {(d) => (
          <textarea
            id={idOf('description')}
            rows={3}
            maxLength={4000}
            {...aria('description', d)}
            {...register('description')}
          />
        )}
      </Field>
      <IdentityWarning text={`${title}\n${description}`} />
      <Field
        id={idOf('link')}
        label={t('evidence.link')}
        hint={t('evidence.linkHint')}
        error={errorFor('link')}
      >
        {(d) => (
          <input
            id={idOf('link')}
            type="url"
            inputMode="url"
            {...aria('link', d)}
            {...register('link')}
          />
        )}
      </Field>
      {existing?.file && !file && (
        <div className="field">
          <p>
            {t('evidence.hasFile', {
              name: existing.file.name,
              size: format.bytes(existing.file.size),
            })}
          </p>
          <label className="choice">
            <input
              type="checkbox"
              checked={removeFile}
              onChange={(event) => setRemoveFile(event.target.checked)}
            />
            {t('evidence.removeFile')}
          </label>
        </div>
      )}
      <Field
        id={idOf('file')}
        label={existing?.file ? t('evidence.replaceFile') : t('evidence.file')}
        hint={t('evidence.fileHint', { max: maxSize })}
        error={fileError ?? undefined}
      >
        {(d) => (
          <input
            id={idOf('file')}
            type="file"
            aria-describedby={d}
            aria-invalid={fileError ? true : undefined}
            onChange={(event) => {
              const chosen = event.target.files?.[0];
              setFile(null);
              setFileError(null);
              if (!chosen) return;
              if (chosen.size > MAX_EVIDENCE_FILE_BYTES) {
                setFileError(
                  t('evidence.fileTooLarge', {
                    name: chosen.name,
                    size: format.bytes(chosen.size),
                    max: maxSize,
                  }),
                );
                return;
              }
              void checkFile(chosen);
            }}
          />
        )}
      </Field>
      <fieldset className="fieldset" aria-describedby={idOf('vatm-hint')}>
        <legend>{t('evidence.vatmLegend')}</legend>
        <p id={idOf('vatm-hint')} className="field__hint">
          {t('evidence.vatmHint')}
        </p>
        {VATM_RULES.map((rule) => (
          <label key={rule} className="choice">
            <input type="checkbox" {...register(`vatm.${rule}`)} />
            {t(`evidence.vatm.${rule}`)}
          </label>
        ))}
      </fieldset>
      {saveError && (
        <p role="alert" className="form__alert">
          {t('evidence.saveFailed', { reason: saveError })}
        </p>
      )}
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          {t('evidence.cancel')}
        </button>
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          {t('evidence.save')}
        </button>
      </div>
    </form>
  );
}
