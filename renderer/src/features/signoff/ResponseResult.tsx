import { useTranslation } from 'react-i18next';
import type { ResponseRejection } from '../../../../shared/signoff/response';
import { FileProblemMessage } from '../../ui/FileProblemMessage';
import { Modal } from '../../ui/Modal';
import type { ResponseImportResult } from './import-response';

/** What importing a supervisor's response did, or exactly why it was refused. */
export function ResponseResult(props: {
  name: string;
  result: ResponseImportResult;
  onClose(): void;
}) {
  const { name, result, onClose } = props;
  const { t } = useTranslation();
  const rejection = (r: ResponseRejection) => {
    switch (r.reason) {
      case 'unknown-key':
        return t('practice.response.rejected.unknownKey', {
          name: r.name,
          fingerprint: r.fingerprint,
        });
      case 'other-entries':
        return t('practice.response.rejected.otherEntries', { count: r.count });
      case 'already-imported':
        return t('practice.response.rejected.alreadyImported');
      case 'other-supervisor':
        return t('practice.response.rejected.otherSupervisor', {
          expected: r.expected,
          actual: r.actual,
        });
      case 'tampered':
        return t('practice.response.rejected.tampered');
    }
  };
  return (
    <Modal
      open
      title={
        result.kind === 'imported'
          ? t('practice.response.importedTitle')
          : t('practice.response.rejectedTitle')
      }
      onClose={onClose}
    >
      <div role={result.kind === 'imported' ? 'status' : 'alert'}>
        {result.kind === 'file-problem' && (
          <FileProblemMessage name={name} problem={result.problem} kind="response" />
        )}
        {result.kind === 'changed-meanwhile' && (
          <>
            <p>{t('practice.response.changedMeanwhile')}</p>
            <p>{t('practice.response.nothingChanged')}</p>
          </>
        )}
        {result.kind === 'rejected' && (
          <>
            <p>{rejection(result.rejection)}</p>
            <p>{t('practice.response.nothingChanged')}</p>
          </>
        )}
        {result.kind === 'imported' && (
          <p>
            {t('practice.response.imported', {
              name: result.supervisor,
              approved: result.approved,
              returned: result.returned,
            })}
          </p>
        )}
      </div>
      <div className="dialog__actions">
        <button type="button" className="button button--primary" onClick={onClose} autoFocus>
          {t('practice.response.close')}
        </button>
      </div>
    </Modal>
  );
}
