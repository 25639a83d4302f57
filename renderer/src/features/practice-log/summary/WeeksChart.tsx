import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { localIsoDate } from '../../../../../shared/dates';
import { CHART_WEEKS, recentWeeks } from '../../../../../shared/practice/calendar';
import { useFormat } from '../../../ui/format';

// recharts draws SVG attributes, which cannot read the CSS variables.
const BRAND = '#0e5c60';
const INK = '#1c2430';

/** Hours per week of the last half year, as a bar chart with the same figures as a table. */
export function WeeksChart({ byWeek }: { byWeek: ReadonlyMap<string, number> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const today = localIsoDate(new Date());
  const weeks = recentWeeks(byWeek, today);
  const long = (monday: string) =>
    format.day(monday, { day: 'numeric', month: 'long', year: 'numeric' });
  const data = weeks.map(({ monday, minutes }) => ({
    name: format.day(monday, { day: 'numeric', month: 'short' }),
    week: t('practiceSummary.weeks.weekOf', { date: long(monday) }),
    hours: minutes / 60,
    text: format.hours(minutes),
  }));
  const total = weeks.reduce((sum, w) => sum + w.minutes, 0);
  const series = t('practiceSummary.weeks.series');
  return (
    <figure className="card chart">
      <figcaption>
        <h2>{t('practiceSummary.weeks.title')}</h2>
        <p className="visually-hidden">
          {t('practiceSummary.weeks.summary', {
            weeks: CHART_WEEKS,
            total: format.hours(total),
            average: format.hours(total / CHART_WEEKS),
          })}
        </p>
      </figcaption>
      <ResponsiveContainer width="100%" height={260}>
        <BarChart data={data} margin={{ left: 0, right: 16, top: 8 }}>
          <CartesianGrid vertical={false} />
          <XAxis dataKey="name" tick={{ fill: INK, fontSize: 12 }} interval="preserveStartEnd" />
          <YAxis allowDecimals={false} width={40} tick={{ fill: INK, fontSize: 12 }} />
          <Tooltip
            labelFormatter={(_name, payload) => payload[0]?.payload.week ?? ''}
            formatter={(_value, name, item) => [item.payload.text, name]}
          />
          <Bar dataKey="hours" name={series} fill={BRAND} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
      <details className="summary-details">
        <summary>{t('practiceSummary.weeks.showTable')}</summary>
        <table className="table summary-table">
          <thead>
            <tr>
              <th scope="col">{t('practiceSummary.weeks.week')}</th>
              <th scope="col" className="summary-table__number">
                {t('practiceSummary.weeks.hours')}
              </th>
            </tr>
          </thead>
          <tbody>
            {weeks.map(({ monday, minutes }) => (
              <tr key={monday}>
                <th scope="row">{long(monday)}</th>
                <td className="summary-table__number">{format.hours(minutes)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
