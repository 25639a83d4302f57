import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../ui/format';
import { Loading } from '../../ui/Loading';
import { useStorageStatus } from './use-storage-status';

/** Above this share of the quota, the browser may soon refuse writes. */
export const NEARLY_FULL = 0.9;
/** Less free disk than this and a backup with evidence files may no longer fit. */
export const DISK_LOW_BYTES = 500 * 1024 * 1024;

/** Whether storage is kept, how full it is, and when the data was last backed up. */
export function StorageHealth(props: { lastBackupAt: string | null; diskFree: number | null }) {
  const { lastBackupAt, diskFree } = props;
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const { status, request } = useStorageStatus();
  if (!status) return <Loading />;
  const persistedText =
    status.persisted === null
      ? t('data.health.persistedUnknown')
      : status.persisted
        ? t('data.health.persistedYes')
        : t('data.health.persistedNo');
  const share = status.usage !== null && status.quota ? status.usage / status.quota : null;
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('data.health.title')}</h2>
      {share !== null && share >= NEARLY_FULL && (
        <p role="alert" className="form__alert" data-testid="nearly-full">
          {t('data.health.nearlyFull', {
            percent: format.percent(share),
          })}
        </p>
      )}
      {diskFree !== null && diskFree < DISK_LOW_BYTES && (
        <p role="alert" className="form__alert">
          {t('data.health.diskLow', { free: format.bytes(diskFree) })}
        </p>
      )}
      <dl className="facts">
        <dt>{t('data.health.persisted')}</dt>
        <dd data-testid="persisted">{persistedText}</dd>
        <dt>{t('data.health.used')}</dt>
        <dd data-testid="usage">
          {status.usage !== null && status.quota !== null
            ? t('data.health.usedOf', {
                used: format.bytes(status.usage),
                quota: format.bytes(status.quota),
              })
            : t('data.health.unknown')}
        </dd>
        {diskFree !== null && (
          <>
            <dt>{t('data.health.diskFree')}</dt>
            <dd>{format.bytes(diskFree)}</dd>
          </>
        )}
        <dt>{t('data.health.lastBackup')}</dt>
        <dd data-testid="last-backup">
          {lastBackupAt ? format.dateTime(lastBackupAt) : t('data.health.never')}
        </dd>
      </dl>
      {status.persisted === false && (
        <button type="button" className="button" onClick={() => void request()}>
          {t('data.health.requestPersist')}
        </button>
      )}
    </section>
  );
}
