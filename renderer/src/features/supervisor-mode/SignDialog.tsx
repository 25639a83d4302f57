import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SIGNOFF_FILES, type SignoffRequest } from '../../../../shared/signoff/files';
import type { DecisionInput } from '../../../../shared/signoff/response';
import type { OwnKeyRow } from '../../db/database';
import { Modal } from '../../ui/Modal';
import { saveJsonFile } from '../../platform/save-json-file';
import { signWithOwnKey } from './own-key';
import { PassphraseForm } from './PassphraseForm';
import { responseBaseName } from './review';
import { useBridge } from '../../platform/context';

interface Props {
  open: boolean;
  ownKey: OwnKeyRow;
  request: SignoffRequest;
  decisions: readonly DecisionInput[];
  /** Entries of the request without a decision, which the response leaves out. */
  undecided: number;
  onClose(): void;
  /** The response file was saved. */
  onSigned(): void;
}

/** Asks for the passphrase, signs the decisions and saves the response file. */
export function SignDialog(props: Props) {
  const { t } = useTranslation();
  return (
    <Modal open={props.open} title={t('supervisorMode.sign.title')} onClose={props.onClose}>
      <SignDialogBody {...props} />
    </Modal>
  );
}

function SignDialogBody({ ownKey, request, decisions, undecided, onClose, onSigned }: Props) {
  const bridge = useBridge();
  const { t } = useTranslation();
  const [notSaved, setNotSaved] = useState(false);
  const approved = decisions.filter((d) => d.decision === 'approved').length;

  const sign = async (passphrase: string) => {
    setNotSaved(false);
    const now = new Date();
    const response = await signWithOwnKey({ key: ownKey, passphrase, request, decisions, now });
    const { saved } = await saveJsonFile(
      bridge,
      responseBaseName(request, now),
      SIGNOFF_FILES.response.extension,
      t('fileProblems.kinds.response'),
      response,
    );
    if (saved) onSigned();
    else setNotSaved(true);
  };

  return (
    <>
      <p>
        {t('supervisorMode.sign.summary', {
          name: request.candidate.name,
          approved,
          returned: decisions.length - approved,
        })}
      </p>
      {undecided > 0 && <p>{t('supervisorMode.sign.leftOut', { count: undecided })}</p>}
      {notSaved && (
        <p role="status" className="notice">
          {t('supervisorMode.sign.notSaved')}
        </p>
      )}
      <PassphraseForm
        label={t('supervisorMode.sign.passphrase')}
        submitLabel={t('supervisorMode.sign.submit')}
        busyLabel={t('supervisorMode.sign.busy')}
        onUnlock={sign}
        cancel={{ label: t('supervisorMode.sign.cancel'), onCancel: onClose }}
      />
    </>
  );
}
