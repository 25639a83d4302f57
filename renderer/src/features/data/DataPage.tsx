import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FILE_KINDS } from '../../../../shared/files/file-kinds';
import type { FileProblem } from '../../../../shared/files/file-problem';
import { useBridge } from '../../platform/context';
import { openUserFile, type PickedFile } from '../../platform/open-user-file';
import { useOpenedFile } from '../../platform/opened-files';
import { FileProblemMessage } from '../../ui/FileProblemMessage';
import { useDocumentTitle } from '../../ui/use-document-title';
import { AutoBackupList, useAutoBackupListing } from './AutoBackupList';
import { BackupCard } from './BackupCard';
import { useLastBackup } from './last-backup';
import { RestoreFlow, type BackupToRestore } from './RestoreFlow';
import { StorageHealth } from './StorageHealth';
import './backup.css';

/** Data & Cadangan: make a backup, restore one, the automatic backups, and storage health. */
export function DataPage() {
  const bridge = useBridge();
  const { t } = useTranslation();
  useDocumentTitle(t('data.title'));
  const id = useId();
  const folder = bridge.autoBackups;
  const { listing, refresh } = useAutoBackupListing(folder);
  const manual = useLastBackup();
  const [restoring, setRestoring] = useState<BackupToRestore | null>(null);
  const [problem, setProblem] = useState<{ name: string; problem: FileProblem } | null>(null);

  const lastBackupAt =
    [manual?.at, listing?.files[0]?.createdAt]
      .filter((at): at is string => at !== undefined)
      .sort()
      .at(-1) ?? null;

  const choose = async (picked?: PickedFile) => {
    setProblem(null);
    const opened = await openUserFile(bridge, FILE_KINDS.backup, undefined, picked);
    if (opened.status === 'problem') setProblem(opened);
    if (opened.status === 'opened') setRestoring({ name: opened.name, bytes: opened.value });
  };

  // A backup double-clicked in the file manager starts the same restore as one chosen below;
  // one restore at a time, so it waits while another is under way.
  useOpenedFile('backup', (picked) => void choose(picked), restoring === null);

  return (
    <section className="page">
      <h1>{t('data.title')}</h1>
      <p>{t('data.intro')}</p>
      <BackupCard onSaved={() => void refresh()} />
      {restoring ? (
        <RestoreFlow
          key={restoring.name}
          file={restoring}
          onClose={() => {
            setRestoring(null);
            void refresh();
          }}
        />
      ) : (
        <section className="card" aria-labelledby={`${id}-restore`}>
          <h2 id={`${id}-restore`}>{t('data.restore.title')}</h2>
          <p>{t('data.restore.body')}</p>
          <button type="button" className="button" onClick={() => void choose()}>
            {t('data.restore.choose')}
          </button>
          {problem && (
            <div role="alert" className="form__alert">
              <FileProblemMessage name={problem.name} problem={problem.problem} kind="backup" />
            </div>
          )}
        </section>
      )}
      {/* One restore at a time: the list comes back when this one is closed. */}
      {restoring ? null : folder ? (
        <AutoBackupList folder={folder} listing={listing} refresh={refresh} onOpen={setRestoring} />
      ) : (
        <section className="card" aria-labelledby={`${id}-auto`}>
          <h2 id={`${id}-auto`}>{t('data.auto.title')}</h2>
          <p>{t('data.auto.web')}</p>
        </section>
      )}
      <StorageHealth lastBackupAt={lastBackupAt} diskFree={listing?.freeBytes ?? null} />
    </section>
  );
}
