import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_FIELDS_OF_PRACTICE } from '../../../../../shared/domain/fields-of-practice';
import {
  MAX_CUSTOM_FIELDS,
  newFieldId,
  type PracticeConfig,
} from '../../../../../shared/practice/config';
import { hiddenFieldsAfter } from '../../../../../shared/practice/field-usage';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { errorMessage } from '../../../ui/error-message';
import { Modal } from '../../../ui/Modal';
import { fieldLabel } from '../../../ui/practice-labels';
import { savePracticeConfig } from '../use-practice-config';
import { LabelForm } from './LabelForm';
import { useDb } from '../../../db/context';

type Notice = { kind: 'status' | 'alert'; text: string; fieldId?: string } | null;

/**
 * The fields of practice: each default one shown or hidden, and the user's own fields added,
 * renamed or removed (only while no entry uses them).
 */
export function FieldsEditor({
  config,
  usage,
}: {
  config: PracticeConfig;
  usage: Map<string, number>;
}) {
  const db = useDb();
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
      await savePracticeConfig(db, change);
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
    const hiddenFields = hiddenFieldsAfter(hidden, id, show);
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
