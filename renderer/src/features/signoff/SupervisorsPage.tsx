import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FILE_KINDS } from '../../../../shared/files/file-kinds';
import type { FileProblem } from '../../../../shared/files/file-problem';
import type { KeyCard } from '../../../../shared/signoff/files';
import { useDb } from '../../db/context';
import type { SupervisorRow } from '../../db/database';
import { deleteSupervisor, KeyInUseError, saveSupervisor } from '../../db/supervisor-repository';
import { openUserFile, type PickedFile } from '../../platform/open-user-file';
import { WhenFileOpened } from '../../platform/opened-files';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { errorMessage } from '../../ui/error-message';
import { FileProblemMessage } from '../../ui/FileProblemMessage';
import { Loading } from '../../ui/Loading';
import { Modal } from '../../ui/Modal';
import { useDocumentTitle } from '../../ui/use-document-title';
import { keyCardIsGenuine } from './key-card';
import { PracticeNav } from '../../ui/PracticeNav';
import { SupervisorForm } from './SupervisorForm';
import { usePracticeEntries } from '../../queries/practice-entries';
import { useSupervisors } from './use-supervisors';
import './signoff.css';
import '../../ui/fingerprint.css';
import { useBridge } from '../../platform/context';

type Dialog =
  | { kind: 'form'; supervisor?: SupervisorRow }
  | { kind: 'card'; card: KeyCard; target?: SupervisorRow }
  | { kind: 'card-problem'; name: string; problem: FileProblem | 'mismatch' }
  | { kind: 'delete'; supervisor: SupervisorRow };

/** The supervisors a candidate works with, and the public keys their sign-offs are checked with. */
export function SupervisorsPage() {
  const db = useDb();
  const bridge = useBridge();
  const { t } = useTranslation();
  useDocumentTitle(t('practice.supervisors.title'));
  const supervisors = useSupervisors();
  const entries = usePracticeEntries();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  if (!supervisors || !entries) return <Loading />;

  const openCard = async (target?: SupervisorRow, picked?: PickedFile) => {
    setFailure(null);
    const file = await openUserFile(bridge, FILE_KINDS.keyCard, undefined, picked);
    if (file.status === 'cancelled') return;
    if (file.status === 'problem') {
      setDialog({ kind: 'card-problem', name: file.name, problem: file.problem });
    } else if (await keyCardIsGenuine(file.value)) {
      setDialog({ kind: 'card', card: file.value, target });
    } else {
      setDialog({ kind: 'card-problem', name: file.name, problem: 'mismatch' });
    }
  };

  const acceptCard = async (card: KeyCard, target?: SupervisorRow) => {
    const { publicKey, fingerprint, ...identity } = card.supervisor;
    try {
      // Adding a key to someone already listed keeps the details the candidate typed.
      const { name, role, strNumber, contact } = target ?? identity;
      await saveSupervisor(
        db,
        { name, role, strNumber, contact, publicKey, fingerprint },
        target?.id,
      );
      setDialog(null);
    } catch (error) {
      setDialog(null);
      setFailure(
        error instanceof KeyInUseError
          ? t('practice.supervisors.keyInUse', { name: error.owner })
          : errorMessage(error),
      );
    }
  };

  const used = (id: string) => entries.filter((e) => e.supervisorId === id).length;

  return (
    <section className="page page--wide">
      <h1>{t('practice.supervisors.title')}</h1>
      <PracticeNav />
      {/* A key card double-clicked in the file manager is checked like one chosen below. */}
      <WhenFileOpened
        kind="keyCard"
        onFile={(picked) =>
          void openCard(undefined, picked).catch((e: unknown) => setFailure(errorMessage(e)))
        }
      />
      <p className="lead">{t('practice.supervisors.intro')}</p>
      <div className="actions">
        <button
          type="button"
          className="button button--primary"
          onClick={() => setDialog({ kind: 'form' })}
        >
          {t('practice.supervisors.add')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => void openCard().catch((e: unknown) => setFailure(errorMessage(e)))}
        >
          {t('practice.supervisors.addFromCard')}
        </button>
      </div>
      {failure && (
        <p role="alert" className="form__alert">
          {failure}
        </p>
      )}
      {supervisors.length === 0 ? (
        <div className="card card--inviting">
          <p>{t('practice.supervisors.empty')}</p>
        </div>
      ) : (
        <ul className="supervisor-list">
          {supervisors.map((s) => (
            <li key={s.id} className="card" aria-labelledby={`supervisor-${s.id}`}>
              <h2 id={`supervisor-${s.id}`}>{s.name}</h2>
              <dl className="facts">
                {s.role && (
                  <>
                    <dt>{t('practice.supervisors.role')}</dt>
                    <dd>{s.role}</dd>
                  </>
                )}
                {s.strNumber && (
                  <>
                    <dt>{t('practice.supervisors.strNumber')}</dt>
                    <dd>{s.strNumber}</dd>
                  </>
                )}
                {s.contact && (
                  <>
                    <dt>{t('practice.supervisors.contact')}</dt>
                    <dd>{s.contact}</dd>
                  </>
                )}
                <dt>{t('practice.supervisors.fingerprint')}</dt>
                <dd>
                  {s.fingerprint ? (
                    <code className="fingerprint">{s.fingerprint}</code>
                  ) : (
                    <span className="muted">{t('practice.supervisors.noKey')}</span>
                  )}
                </dd>
              </dl>
              <div className="actions">
                <button
                  type="button"
                  className="button"
                  aria-label={t('practice.supervisors.editLabel', { name: s.name })}
                  onClick={() => setDialog({ kind: 'form', supervisor: s })}
                >
                  {t('practice.supervisors.edit')}
                </button>
                <button
                  type="button"
                  className="button"
                  aria-label={t('practice.supervisors.cardLabel', { name: s.name })}
                  onClick={() =>
                    void openCard(s).catch((e: unknown) => setFailure(errorMessage(e)))
                  }
                >
                  {s.publicKey
                    ? t('practice.supervisors.replaceKey')
                    : t('practice.supervisors.addKey')}
                </button>
                <button
                  type="button"
                  className="button button--danger"
                  aria-label={t('practice.supervisors.deleteLabel', { name: s.name })}
                  onClick={() => setDialog({ kind: 'delete', supervisor: s })}
                >
                  {t('practice.supervisors.delete')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {dialog?.kind === 'form' && (
        <SupervisorForm supervisor={dialog.supervisor} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'card' && (
        <Modal open title={t('practice.supervisors.cardTitle')} onClose={() => setDialog(null)}>
          <p>{t('practice.supervisors.cardFrom', { name: dialog.card.supervisor.name })}</p>
          <p>
            <code className="fingerprint">{dialog.card.supervisor.fingerprint}</code>
          </p>
          <p>{t('practice.supervisors.cardCompare')}</p>
          <div className="dialog__actions">
            <button type="button" className="button" onClick={() => setDialog(null)}>
              {t('practice.cancel')}
            </button>
            <button
              type="button"
              className="button button--primary"
              onClick={() => void acceptCard(dialog.card, dialog.target)}
            >
              {t('practice.supervisors.cardAccept')}
            </button>
          </div>
        </Modal>
      )}
      {dialog?.kind === 'card-problem' && (
        <Modal
          open
          title={t('practice.supervisors.cardProblemTitle')}
          onClose={() => setDialog(null)}
        >
          <div role="alert">
            {dialog.problem === 'mismatch' ? (
              <p>{t('practice.supervisors.cardMismatch', { name: dialog.name })}</p>
            ) : (
              <FileProblemMessage name={dialog.name} problem={dialog.problem} kind="keyCard" />
            )}
          </div>
          <div className="dialog__actions">
            <button
              type="button"
              className="button button--primary"
              onClick={() => setDialog(null)}
              autoFocus
            >
              {t('practice.response.close')}
            </button>
          </div>
        </Modal>
      )}
      <ConfirmDialog
        open={dialog?.kind === 'delete'}
        title={t('practice.supervisors.deleteTitle', {
          name: dialog?.kind === 'delete' ? dialog.supervisor.name : '',
        })}
        body={t('practice.supervisors.deleteBody', {
          count: dialog?.kind === 'delete' ? used(dialog.supervisor.id) : 0,
        })}
        confirmLabel={t('practice.supervisors.delete')}
        cancelLabel={t('practice.cancel')}
        onConfirm={() => {
          if (dialog?.kind !== 'delete') return;
          deleteSupervisor(db, dialog.supervisor.id)
            .then(() => setDialog(null))
            .catch((e: unknown) => setFailure(errorMessage(e)));
        }}
        onCancel={() => setDialog(null)}
      />
    </section>
  );
}
