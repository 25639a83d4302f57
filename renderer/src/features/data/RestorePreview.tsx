import { useTranslation } from 'react-i18next';
import type { OpenedMeta } from '../../../../shared/backup/read';
import type { Comparison, TableComparison } from '../../../../shared/backup/restore-plan';
import { TABLE_NAMES } from '../../../../shared/storage/tables';
import { useFormat } from '../../ui/format';

const DIFFERENCES = ['added', 'newerInFile', 'newerHere', 'differ', 'onlyHere'] as const;

/** What the backup is and, table by table, how it differs from the data here. */
export function RestorePreview(props: {
  meta: OpenedMeta;
  comparison: Comparison;
  files: { inFile: number; here: number };
}) {
  const { meta, comparison, files } = props;
  const { t } = useTranslation();
  const format = useFormat();
  const difference = (c: TableComparison) => {
    const parts = DIFFERENCES.filter((d) => c[d] > 0).map((d) =>
      t(`data.restore.difference.${d}`, { count: c[d] }),
    );
    return parts.length > 0 ? parts.join(', ') : t('data.restore.difference.same');
  };
  return (
    <>
      <dl className="facts">
        <dt>{t('data.restore.madeAt')}</dt>
        <dd>{format.dateTime(meta.createdAt)}</dd>
        <dt>{t('data.restore.reason')}</dt>
        <dd>{t(`data.reasons.${meta.reason}`)}</dd>
        <dt>{t('data.restore.appVersion')}</dt>
        <dd>{meta.appVersion || t('data.restore.unknownVersion')}</dd>
        <dt>{t('data.restore.locked')}</dt>
        <dd>{meta.encrypted ? t('data.restore.lockedYes') : t('data.restore.lockedNo')}</dd>
      </dl>
      <div className="table-scroll">
        <table className="table">
          <caption>{t('data.restore.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('data.restore.columns.table')}</th>
              <th scope="col">{t('data.restore.columns.inFile')}</th>
              <th scope="col">{t('data.restore.columns.here')}</th>
              <th scope="col">{t('data.restore.columns.difference')}</th>
            </tr>
          </thead>
          <tbody>
            {TABLE_NAMES.map((name) => (
              <tr key={name} data-table={name}>
                <th scope="row">{t(`data.tables.${name}`)}</th>
                <td>{comparison[name].inFile}</td>
                <td>{comparison[name].here}</td>
                <td>{difference(comparison[name])}</td>
              </tr>
            ))}
            <tr data-table="files">
              <th scope="row">{t('data.tables.files')}</th>
              <td>{files.inFile}</td>
              <td>{files.here}</td>
              <td>{t('data.restore.filesFollow')}</td>
            </tr>
          </tbody>
        </table>
      </div>
    </>
  );
}
