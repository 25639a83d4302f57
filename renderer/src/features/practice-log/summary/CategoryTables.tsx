import { useTranslation } from 'react-i18next';
import type { PracticeConfig } from '../../../../../shared/practice/config';
import {
  PRACTICE_DIMENSIONS,
  type PracticeDimension,
  type PracticeTotals,
} from '../../../../../shared/practice/totals';
import { currentLanguage, LOCALES } from '../../../i18n';
import { valueLabel } from '../../../ui/practice-labels';
import { useFormat } from '../../../ui/format';

/** Hours per category of every dimension (field, level, form, stage, activity), with shares. */
export function CategoryTables({
  totals,
  config,
}: {
  totals: PracticeTotals;
  config: PracticeConfig;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="summary-tables-title">
      <h2 id="summary-tables-title">{t('practiceSummary.tables.title')}</h2>
      <p className="muted small">{t('practiceSummary.tables.note')}</p>
      <div className="summary-tables">
        {PRACTICE_DIMENSIONS.map((dimension) => (
          <CategoryTable key={dimension} dimension={dimension} totals={totals} config={config} />
        ))}
      </div>
    </section>
  );
}

function CategoryTable(props: {
  dimension: PracticeDimension;
  totals: PracticeTotals;
  config: PracticeConfig;
}) {
  const { dimension, totals, config } = props;
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const format = useFormat();
  const title = t(`practiceSummary.dimensions.${dimension}`);
  const rows = [...totals.by[dimension]]
    .map(([value, minutes]) => ({ value, minutes, label: valueLabel(t, dimension, value, config) }))
    .sort((a, b) => b.minutes - a.minutes || a.label.localeCompare(b.label, LOCALES[language]));
  if (rows.length === 0) {
    return (
      <div className="card summary-tables__item">
        <h3>{title}</h3>
        <p className="muted">{t('practiceSummary.tables.none')}</p>
      </div>
    );
  }
  return (
    <div className="card summary-tables__item">
      <table className="table summary-table">
        <caption>
          <h3>{title}</h3>
        </caption>
        <thead>
          <tr>
            <th scope="col">{title}</th>
            <th scope="col" className="summary-table__number">
              {t('practiceSummary.tables.hours')}
            </th>
            <th scope="col" className="summary-table__number">
              {t('practiceSummary.tables.share')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.value}>
              <th scope="row">{row.label}</th>
              <td className="summary-table__number">{format.hours(row.minutes)}</td>
              <td className="summary-table__number">
                {format.percent(totals.minutes > 0 ? row.minutes / totals.minutes : 0, 1)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
