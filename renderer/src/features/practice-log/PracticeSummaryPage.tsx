import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PAGES } from '../../ui/paths';
import { practiceTotals } from '../../../../shared/practice/totals';
import { Loading } from '../../ui/Loading';
import { useDocumentTitle } from '../../ui/use-document-title';
import { PracticeNav } from '../../ui/PracticeNav';
import { usePracticeEntries } from '../../queries/practice-entries';
import { CategoryTables } from './summary/CategoryTables';
import { HeatMap } from './summary/HeatMap';
import { Targets } from './summary/Targets';
import { WeeksChart } from './summary/WeeksChart';
import { usePracticeConfig } from './use-practice-config';
import './summary.css';

/**
 * Ringkasan & Target: progress towards the targets, hours per week, the year's calendar and the
 * hours per category. Loaded when opened (see index.ts): the chart's recharts stays out of the
 * start-up bundle, so nothing imports this page or summary/ statically.
 */
export function PracticeSummaryPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('practiceSummary.title'));
  const entries = usePracticeEntries();
  const config = usePracticeConfig();
  const totals = useMemo(() => entries && practiceTotals(entries), [entries]);
  return (
    <section className="page page--wide practice-summary">
      <h1>{t('practiceSummary.title')}</h1>
      <PracticeNav />
      <p className="lead">{t('practiceSummary.intro')}</p>
      {!totals || !config ? (
        <Loading />
      ) : (
        <>
          <Targets totals={totals} config={config} />
          {totals.entries === 0 ? (
            <section className="card card--inviting" aria-labelledby="summary-empty-title">
              <h2 id="summary-empty-title">{t('practiceSummary.empty.title')}</h2>
              <p>{t('practiceSummary.empty.body')}</p>
              <Link className="button button--primary" to={PAGES.practice}>
                {t('practiceSummary.empty.action')}
              </Link>
            </section>
          ) : (
            <>
              <WeeksChart byWeek={totals.byWeek} />
              <HeatMap byDay={totals.byDay} />
              <CategoryTables totals={totals} config={config} />
            </>
          )}
        </>
      )}
    </section>
  );
}
