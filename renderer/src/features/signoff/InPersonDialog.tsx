import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoggedEntry } from '../../../../shared/practice/filter';
import { useDb } from '../../db/context';
import type { SupervisorRow } from '../../db/database';
import { signInPerson } from '../../db/practice-repository';
import { errorMessage } from '../../ui/error-message';
import { Field } from '../../ui/Field';
import { Modal } from '../../ui/Modal';
import { useFormat } from '../../ui/format';
import { SignaturePad } from './SignaturePad';

interface Props {
  entries: readonly LoggedEntry[];
  supervisors: readonly SupervisorRow[];
  onClose(): void;
  onDone(message: string): void;
}

/**
 * The fallback when a supervisor has no key: they type their name and sign on this screen. Such
 * entries are marked as not cryptographically verified.
 */
export function InPersonDialog({ entries, supervisors, onClose, onDone }: Props) {
  const db = useDb();
  const { t } = useTranslation();
  const format = useFormat();
  const uid = useId();
  const [supervisorId, setSupervisorId] = useState('');
  const [name, setName] = useState('');
  const [drawing, setDrawing] = useState('');
  const [tried, setTried] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const minutes = entries.reduce((sum, e) => sum + e.minutes, 0);
  const nameError = tried && !name.trim() ? t('practice.inPerson.nameRequired') : undefined;
  const drawingError = tried && !drawing ? t('practice.inPerson.drawingRequired') : undefined;

  const sign = async () => {
    setTried(true);
    if (!name.trim() || !drawing) return;
    try {
      await signInPerson(
        db,
        entries.map((e) => e.id),
        { supervisorId, supervisorName: name.trim(), drawing },
      );
      onDone(t('practice.inPerson.done', { count: entries.length, name: name.trim() }));
    } catch (error) {
      setFailure(errorMessage(error));
    }
  };

  return (
    <Modal open title={t('practice.inPerson.title')} onClose={onClose} className="dialog--wide">
      <p>
        {t('practice.inPerson.summary', {
          count: entries.length,
          hours: format.hours(minutes),
        })}
      </p>
      <p className="notice">{t('practice.inPerson.notVerified')}</p>
      <div className="field">
        <label htmlFor={`${uid}-supervisor`}>{t('practice.inPerson.supervisor')}</label>
        <select
          id={`${uid}-supervisor`}
          value={supervisorId}
          onChange={(event) => {
            setSupervisorId(event.target.value);
            const chosen = supervisors.find((s) => s.id === event.target.value);
            if (chosen) setName(chosen.name);
          }}
        >
          <option value="">{t('practice.inPerson.notListed')}</option>
          {supervisors.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <Field id={`${uid}-name`} label={t('practice.inPerson.name')} error={nameError} required>
        {(d) => (
          <input
            id={`${uid}-name`}
            type="text"
            maxLength={120}
            value={name}
            aria-invalid={nameError ? true : undefined}
            aria-describedby={d}
            onChange={(event) => setName(event.target.value)}
          />
        )}
      </Field>
      <Field
        id={`${uid}-drawing`}
        label={t('practice.inPerson.drawing')}
        hint={t('practice.inPerson.drawingHint')}
        error={drawingError}
        required
      >
        {(d) => (
          <SignaturePad
            id={`${uid}-drawing`}
            value={drawing}
            onChange={setDrawing}
            describedBy={d}
          />
        )}
      </Field>
      {failure && (
        <p role="alert" className="form__alert">
          {t('practice.inPerson.failed', { reason: failure })}
        </p>
      )}
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          {t('practice.cancel')}
        </button>
        <button type="button" className="button button--primary" onClick={() => void sign()}>
          {t('practice.inPerson.sign')}
        </button>
      </div>
    </Modal>
  );
}
