import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SIGNOFF_FILES } from '../../../../shared/signoff/files';
import { useDb } from '../../db/context';
import type { OwnKeyRow } from '../../db/database';
import { deleteOwnKey } from '../../db/supervisor-repository';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { errorMessage } from '../../ui/error-message';
import { saveJsonFile } from '../../platform/save-json-file';
import { keyBackupOf, keyCardOf } from './own-key';
import { useBridge } from '../../platform/context';
import '../../ui/fingerprint.css';

const IDENTITY = ['name', 'role', 'strNumber', 'contact'] as const;

type Message = { tone: 'ok' | 'error'; text: string };

interface Props {
  ownKey: OwnKeyRow;
  /** Just created or restored: focus moves here and the card asks for a backup. */
  fresh: boolean;
  onDeleted(): void;
}

/** The supervisor's identity and fingerprint, with the key's files and its removal. */
export function OwnKeyCard({ ownKey, fresh, onDeleted }: Props) {
  const db = useDb();
  const bridge = useBridge();
  const { t } = useTranslation();
  const uid = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [confirming, setConfirming] = useState(false);

  useEffect(() => {
    if (fresh) heading.current?.focus();
  }, [fresh]);

  const save = async (file: 'keyCard' | 'keyBackup') => {
    setMessage(null);
    try {
      const value = file === 'keyCard' ? keyCardOf(ownKey) : keyBackupOf(ownKey);
      const { saved } = await saveJsonFile(
        bridge,
        ownKey.name,
        SIGNOFF_FILES[file].extension,
        t(`fileProblems.kinds.${file}`),
        value,
      );
      if (saved) {
        const text =
          file === 'keyCard' ? 'supervisorMode.key.cardSaved' : 'supervisorMode.key.backupSaved';
        setMessage({ tone: 'ok', text: t(text) });
      }
    } catch (error) {
      setMessage({
        tone: 'error',
        text: t('supervisorMode.key.saveFailed', { reason: errorMessage(error) }),
      });
    }
  };

  const remove = async () => {
    setConfirming(false);
    try {
      await deleteOwnKey(db);
      onDeleted();
    } catch (error) {
      setMessage({
        tone: 'error',
        text: t('supervisorMode.key.deleteFailed', { reason: errorMessage(error) }),
      });
    }
  };

  return (
    <section className="card own-key" aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`} ref={heading} tabIndex={-1}>
        {t('supervisorMode.key.title')}
      </h2>
      {fresh && <p className="notice">{t('supervisorMode.key.ready')}</p>}
      <dl className="facts">
        {IDENTITY.map((field) => (
          <div key={field} className="facts__row">
            <dt>{t(`supervisorMode.key.${field}`)}</dt>
            <dd>
              {ownKey[field] || <span className="muted">{t('supervisorMode.key.notSet')}</span>}
            </dd>
          </div>
        ))}
      </dl>
      <h3 className="own-key__label">{t('supervisorMode.key.fingerprint')}</h3>
      <p className="fingerprint">{ownKey.fingerprint}</p>
      <p className="field__hint">{t('supervisorMode.key.fingerprintHint')}</p>
      <ul className="own-key__actions">
        <li>
          <button
            type="button"
            className="button"
            aria-describedby={`${uid}-card-hint`}
            onClick={() => void save('keyCard')}
          >
            {t('supervisorMode.key.saveCard')}
          </button>
          <p id={`${uid}-card-hint`} className="field__hint">
            {t('supervisorMode.key.saveCardHint')}
          </p>
        </li>
        <li>
          <button
            type="button"
            className="button"
            aria-describedby={`${uid}-backup-hint`}
            onClick={() => void save('keyBackup')}
          >
            {t('supervisorMode.key.saveBackup')}
          </button>
          <p id={`${uid}-backup-hint`} className="field__hint">
            {t('supervisorMode.key.saveBackupHint')}
          </p>
        </li>
        <li>
          <button
            type="button"
            className="button button--danger"
            onClick={() => setConfirming(true)}
          >
            {t('supervisorMode.key.delete')}
          </button>
        </li>
      </ul>
      {message && (
        <p
          role={message.tone === 'error' ? 'alert' : 'status'}
          className={message.tone === 'error' ? 'form__alert' : 'notice'}
        >
          {message.text}
        </p>
      )}
      <ConfirmDialog
        open={confirming}
        title={t('supervisorMode.key.deleteTitle')}
        body={t('supervisorMode.key.deleteBody')}
        confirmLabel={t('supervisorMode.key.deleteConfirm')}
        cancelLabel={t('supervisorMode.key.cancel')}
        onConfirm={() => void remove()}
        onCancel={() => setConfirming(false)}
      />
    </section>
  );
}
