import { useTranslation } from 'react-i18next';
import type { BackupProblem } from '../../../../shared/backup/read';
import { FileProblemMessage } from '../../ui/FileProblemMessage';

/** Why a backup file cannot be restored; the problems every file can have are worded once. */
export function BackupProblemMessage({ name, problem }: { name: string; problem: BackupProblem }) {
  const { t } = useTranslation();
  switch (problem.kind) {
    case 'not-backup':
      return <p>{t('data.restore.problems.notBackup', { name })}</p>;
    case 'damaged':
      return <p>{t('data.restore.problems.damaged', { name, part: problem.part })}</p>;
    case 'checksum':
      return <p>{t('data.restore.problems.checksum', { name, part: problem.part })}</p>;
    case 'newer-schema':
      return (
        <p>{t('data.restore.problems.newerSchema', { name, appVersion: problem.appVersion })}</p>
      );
    case 'wrong-passphrase':
      return <p>{t('data.restore.wrongPassphrase')}</p>;
    case 'needs-passphrase':
      return <p>{t('data.restore.passphraseBody', { name })}</p>;
    default:
      return <FileProblemMessage name={name} problem={problem} kind="backup" />;
  }
}
