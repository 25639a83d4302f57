import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { entriesPerField } from '../../../../shared/practice/field-usage';
import { Loading } from '../../ui/Loading';
import { useDocumentTitle } from '../../ui/use-document-title';
import { PracticeNav } from '../../ui/PracticeNav';
import { usePracticeEntries } from '../../queries/practice-entries';
import { FieldsEditor } from './settings/FieldsEditor';
import { TargetsEditor } from './settings/TargetsEditor';
import { usePracticeConfig } from './use-practice-config';
import './summary.css';

/** Bidang & Target: the hours to reach, and the fields of practice the forms offer. */
export function PracticeSettingsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('practiceSummary.settings.title'));
  const config = usePracticeConfig();
  const entries = usePracticeEntries();
  // Entries per field, so a field in use is never removed from under them.
  const usage = useMemo(() => entriesPerField(entries ?? []), [entries]);
  return (
    <section className="page practice-settings">
      <h1>{t('practiceSummary.settings.title')}</h1>
      <PracticeNav />
      <p className="lead">{t('practiceSummary.settings.intro')}</p>
      {!config || !entries ? (
        <Loading />
      ) : (
        <>
          <TargetsEditor config={config} />
          <FieldsEditor config={config} usage={usage} />
        </>
      )}
    </section>
  );
}
