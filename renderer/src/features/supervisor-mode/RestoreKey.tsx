import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FILE_KINDS } from '../../../../shared/files/file-kinds';
import type { FileProblem } from '../../../../shared/files/file-problem';
import type { KeyBackup } from '../../../../shared/signoff/files';
import { useDb } from '../../db/context';
import { saveOwnKey } from '../../db/supervisor-repository';
import { openUserFile, type PickedFile } from '../../platform/open-user-file';
import { useOpenedFile } from '../../platform/opened-files';
import { errorMessage } from '../../ui/error-message';
import { FileProblemMessage } from '../../ui/FileProblemMessage';
import { KeyBackupMismatchError, restoreOwnKey } from './own-key';
import { PassphraseForm } from './PassphraseForm';
import { useBridge } from '../../platform/context';

type Message = { problem: FileProblem; name: string } | { text: string };

/** Brings a key made on another computer back from its sealed backup file. */
export function RestoreKey({ onRestored }: { onRestored(): void }) {
  const db = useDb();
  const bridge = useBridge();
  const { t } = useTranslation();
  const [backup, setBackup] = useState<{ name: string; value: KeyBackup } | null>(null);
  const [message, setMessage] = useState<Message | null>(null);

  const choose = async (picked?: PickedFile) => {
    setMessage(null);
    try {
      const file = await openUserFile(bridge, FILE_KINDS.keyBackup, undefined, picked);
      if (file.status === 'cancelled') return;
      setBackup(file.status === 'opened' ? file : null);
      if (file.status === 'problem') setMessage(file);
    } catch (error) {
      setMessage({ text: t('supervisorMode.errors.unexpected', { detail: errorMessage(error) }) });
    }
  };

  // A key backup double-clicked in the file manager is read like one chosen here.
  useOpenedFile('keyBackup', (picked) => void choose(picked));

  const restore = async (passphrase: string) => {
    if (!backup) return;
    try {
      await saveOwnKey(db, await restoreOwnKey(backup.value, passphrase, new Date()));
      onRestored();
    } catch (error) {
      if (!(error instanceof KeyBackupMismatchError)) throw error;
      // The passphrase was right; the file is what is wrong, so it is set aside.
      setBackup(null);
      setMessage({ text: t('supervisorMode.restore.mismatch', { name: backup.name }) });
    }
  };

  return (
    <>
      <p>{t('supervisorMode.restore.intro')}</p>
      <button type="button" className="button" onClick={() => void choose()}>
        {t('supervisorMode.restore.open')}
      </button>
      {message && (
        <div role="alert" className="form__alert">
          {'problem' in message ? (
            <FileProblemMessage name={message.name} problem={message.problem} kind="keyBackup" />
          ) : (
            <p>{message.text}</p>
          )}
        </div>
      )}
      {backup && (
        <>
          <p>
            {t('supervisorMode.restore.chosen', {
              name: backup.name,
              owner: backup.value.supervisor.name,
              fingerprint: backup.value.supervisor.fingerprint,
            })}
          </p>
          <PassphraseForm
            key={backup.name}
            label={t('supervisorMode.restore.passphrase')}
            submitLabel={t('supervisorMode.restore.submit')}
            busyLabel={t('supervisorMode.restore.busy')}
            onUnlock={restore}
          />
        </>
      )}
    </>
  );
}
