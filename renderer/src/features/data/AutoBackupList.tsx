import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AutoBackupInfo, AutoBackups } from '../../platform/bridge';
import { useFormat } from '../../ui/format';
import type { BackupToRestore } from './RestoreFlow';

export type AutoBackupListing = Awaited<ReturnType<AutoBackups['list']>>;

/** The folder's backups, read again whenever `refresh` is called. */
export function useAutoBackupListing(folder: AutoBackups | null) {
  const [listing, setListing] = useState<AutoBackupListing | null>(null);
  const refresh = useCallback(
    () =>
      folder
        ? folder
            .list()
            .then(setListing)
            .catch((error: unknown) => console.error('Could not list the automatic backups', error))
        : Promise.resolve(),
    [folder],
  );
  useEffect(() => {
    void refresh();
  }, [refresh]);
  return { listing, refresh };
}

/** The desktop app's automatic backups, newest first, each one restorable. */
export function AutoBackupList(props: {
  folder: AutoBackups;
  listing: AutoBackupListing | null;
  refresh(): Promise<void>;
  onOpen(file: BackupToRestore): void;
}) {
  const { folder, listing, refresh, onOpen } = props;
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const [missing, setMissing] = useState<string | null>(null);

  const open = async (file: AutoBackupInfo) => {
    const read = await folder.read(file.name).catch(() => ({ status: 'missing' }) as const);
    if (read.status === 'opened') {
      onOpen({ name: read.name, bytes: read.data as Uint8Array<ArrayBuffer> });
      return;
    }
    setMissing(file.name);
    await refresh();
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('data.auto.title')}</h2>
      <p>{t('data.auto.body')}</p>
      {listing && (
        <p className="field__hint">{t('data.auto.folder', { folder: listing.folder })}</p>
      )}
      {missing && (
        <p role="alert" className="form__alert">
          {t('data.auto.missing', { name: missing })}
        </p>
      )}
      {listing?.files.length === 0 && <p>{t('data.auto.empty')}</p>}
      {listing && listing.files.length > 0 && (
        <div className="table-scroll">
          <table className="table">
            <caption>{t('data.auto.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('data.auto.columns.when')}</th>
                <th scope="col">{t('data.auto.columns.reason')}</th>
                <th scope="col">{t('data.auto.columns.size')}</th>
                <th scope="col">{t('data.auto.columns.action')}</th>
              </tr>
            </thead>
            <tbody>
              {listing.files.map((file) => {
                const when = format.dateTime(file.createdAt);
                return (
                  <tr key={file.name}>
                    <td>{when}</td>
                    <td>{t(`data.reasons.${file.reason}`)}</td>
                    <td>{format.bytes(file.size)}</td>
                    <td>
                      <button
                        type="button"
                        className="button button--quiet"
                        aria-label={t('data.auto.restoreLabel', { when })}
                        onClick={() => void open(file)}
                      >
                        {t('data.auto.restore')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
