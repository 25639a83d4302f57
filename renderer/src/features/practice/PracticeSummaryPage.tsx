import type { TFunction } from 'i18next';
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { localIsoDate } from '../../../../shared/dates';
import {
  addDays,
  CALENDAR_WEEKS,
  calendarWeeks,
  CHART_WEEKS,
  HEAT_LIMITS_HOURS,
  recentWeeks,
  type CalendarDay,
} from '../../../../shared/practice/calendar';
import type { PracticeConfig } from '../../../../shared/practice/config';
import {
  DEFAULT_TOTAL_TARGET_HOURS,
  PRACTICE_DIMENSIONS,
  practiceTotals,
  targetProgress,
  type PracticeDimension,
  type PracticeTotals,
  type TargetProgress,
} from '../../../../shared/practice/totals';
import type { Language } from '../../../../shared/settings/settings';
import { currentLanguage, LOCALES } from '../../i18n';
import { Loading } from '../../ui/Loading';
import { useDocumentTitle } from '../../ui/use-document-title';
import { formatHours, valueLabel } from './practice-labels';
import { PracticeNav } from './PracticeNav';
import { usePracticeConfig, usePracticeEntries } from './use-practice';
import './summary.css';

// recharts draws SVG attributes, which cannot read the CSS variables.
const BRAND = '#0e5c60';
const INK = '#1c2430';

/** Dates are calendar days; formatting them in UTC keeps the user's time zone from shifting them. */
const asDate = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);
const dateFormat = (language: Language, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(LOCALES[language], { ...options, timeZone: 'UTC' });
const numberFormat = (language: Language) =>
  new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 2 });

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
              <Link className="button button--primary" to="/praktik">
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

function Targets({ totals, config }: { totals: PracticeTotals; config: PracticeConfig }) {
  const { t } = useTranslation();
  const { totalHours, minimums } = config.targets;
  return (
    <section className="card" aria-labelledby="summary-targets-title">
      <h2 id="summary-targets-title">{t('practiceSummary.targets.title')}</h2>
      {targetProgress(totals, config.targets).map((progress) => (
        <TargetMeter
          key={`${progress.dimension}:${progress.value}`}
          progress={progress}
          config={config}
        />
      ))}
      {totalHours === DEFAULT_TOTAL_TARGET_HOURS && (
        <p className="muted small">
          {t('practiceSummary.targets.defaultNote', { hours: DEFAULT_TOTAL_TARGET_HOURS })}
        </p>
      )}
      {minimums.length === 0 && (
        <p className="muted small">{t('practiceSummary.targets.noMinimums')}</p>
      )}
      <Link to="/praktik/pengaturan">{t('practiceSummary.targets.change')}</Link>
    </section>
  );
}

function TargetMeter({ progress, config }: { progress: TargetProgress; config: PracticeConfig }) {
  const { t, i18n } = useTranslation();
  const labelId = useId();
  const language = currentLanguage(i18n);
  const number = numberFormat(language);
  const { dimension, value, targetHours, doneHours, ratio } = progress;
  const label =
    dimension === 'total'
      ? t('practiceSummary.targets.total')
      : t('practiceSummary.targets.minimum', {
          dimension: t(`practiceSummary.dimensions.${dimension}`),
          value: valueLabel(t, dimension, value, config),
        });
  const amounts = { done: number.format(doneHours), target: number.format(targetHours) };
  // Rounded down, so 100% only shows once the target is really met.
  const percent = new Intl.NumberFormat(LOCALES[language], { style: 'percent' }).format(
    Math.floor(ratio * 100) / 100,
  );
  const remaining = Math.round((targetHours - doneHours) * 100) / 100;
  return (
    <div className="meter target-meter">
      <div className="meter__label">
        <span id={labelId}>{label}</span>
        <span>
          {t('practiceSummary.targets.progress', amounts)} · {percent}
        </span>
      </div>
      <progress
        aria-labelledby={labelId}
        aria-valuetext={t('practiceSummary.targets.valueText', { ...amounts, percent })}
        max={targetHours}
        value={Math.min(doneHours, targetHours)}
      />
      <p className="target-meter__note">
        {remaining > 0 ? (
          t('practiceSummary.targets.remaining', { hours: number.format(remaining) })
        ) : (
          <strong className="target-meter__reached">
            <span aria-hidden="true">✓ </span>
            {t('practiceSummary.targets.reached')}
          </strong>
        )}
      </p>
    </div>
  );
}

function WeeksChart({ byWeek }: { byWeek: ReadonlyMap<string, number> }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const today = localIsoDate(new Date());
  const weeks = recentWeeks(byWeek, today);
  const short = dateFormat(language, { day: 'numeric', month: 'short' });
  const long = dateFormat(language, { day: 'numeric', month: 'long', year: 'numeric' });
  const data = weeks.map(({ monday, minutes }) => ({
    name: short.format(asDate(monday)),
    week: t('practiceSummary.weeks.weekOf', { date: long.format(asDate(monday)) }),
    hours: minutes / 60,
    text: formatHours(minutes, language, t),
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
            total: formatHours(total, language, t),
            average: formatHours(total / CHART_WEEKS, language, t),
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
                <th scope="row">{long.format(asDate(monday))}</th>
                <td className="summary-table__number">{formatHours(minutes, language, t)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

/** Legend text for each heat level, from the same limits the shading uses. */
function levelLabels(t: TFunction): string[] {
  const [first, ...rest] = HEAT_LIMITS_HOURS;
  const last = HEAT_LIMITS_HOURS[HEAT_LIMITS_HOURS.length - 1];
  return [
    t('practiceSummary.calendar.levels.none'),
    t('practiceSummary.calendar.levels.below', { to: first }),
    ...rest.map((to, i) =>
      t('practiceSummary.calendar.levels.between', { from: HEAT_LIMITS_HOURS[i], to }),
    ),
    t('practiceSummary.calendar.levels.atLeast', { from: last }),
  ];
}

/**
 * Days as a grid of weeks (columns) and weekdays (rows). It is one Tab stop; the arrow keys move
 * between days, as in the ARIA grid pattern, so 371 days do not each need a Tab.
 */
function HeatMap({ byDay }: { byDay: ReadonlyMap<string, number> }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const today = localIsoDate(new Date());
  const weeks = useMemo(() => calendarWeeks(byDay, today), [byDay, today]);
  const positions = useMemo(() => {
    const map = new Map<string, [week: number, day: number]>();
    weeks.forEach((week, w) => week.days.forEach((day, d) => day && map.set(day.date, [w, d])));
    return map;
  }, [weeks]);
  const [selected, setSelected] = useState(today);
  // After midnight the old selection may have left the grid; today is always in it.
  const current = positions.has(selected) ? selected : today;
  const gridRef = useRef<HTMLDivElement>(null);
  const hintId = useId();

  const fullDate = dateFormat(language, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  const weekday = dateFormat(language, { weekday: 'short' });
  const month = dateFormat(language, { month: 'short' });
  const dayName = (day: CalendarDay) =>
    t('practiceSummary.calendar.day', {
      date: fullDate.format(asDate(day.date)),
      hours: formatHours(day.minutes, language, t),
    });
  const days = weeks.flatMap((w) => w.days).filter((d) => d !== null);
  const currentDay = days.find((d) => d.date === current);
  const lastWeek = weeks.length - 1;

  const move = (event: KeyboardEvent<HTMLDivElement>) => {
    const [w, d] = positions.get(current) ?? [lastWeek, 0];
    const targets: Partial<Record<string, [number, number]>> = {
      ArrowLeft: [w - 1, d],
      ArrowRight: [w + 1, d],
      ArrowUp: [w, d - 1],
      ArrowDown: [w, d + 1],
      Home: [0, d],
      End: [lastWeek, d],
    };
    const target = targets[event.key];
    if (!target) return;
    event.preventDefault();
    const [tw, td] = target;
    // End on a weekday still to come this week lands on that weekday last week.
    const day = weeks[tw]?.days[td] ?? (event.key === 'End' ? weeks[tw - 1]?.days[td] : null);
    if (day) gridRef.current?.querySelector<HTMLElement>(`[data-date="${day.date}"]`)?.focus();
  };

  const activeDays = days.filter((d) => d.minutes > 0);
  return (
    <section className="card" aria-labelledby="summary-calendar-title">
      <h2 id="summary-calendar-title">{t('practiceSummary.calendar.title')}</h2>
      <p id={hintId} className="muted small">
        {t('practiceSummary.calendar.hint', { weeks: CALENDAR_WEEKS })}
      </p>
      <p>
        {t('practiceSummary.calendar.total', {
          weeks: CALENDAR_WEEKS,
          hours: formatHours(
            activeDays.reduce((sum, d) => sum + d.minutes, 0),
            language,
            t,
          ),
          count: activeDays.length,
        })}
      </p>
      <div className="heatmap">
        {/* Month names only guide the eye; every day's own name says its full date. */}
        <div className="heatmap__months" aria-hidden="true">
          <span className="heatmap__corner" />
          {weeks.map((week) => {
            // The column holding a month's 1st day carries that month's name.
            const sunday = addDays(week.monday, 6);
            const startsMonth =
              week.monday.endsWith('-01') || sunday.slice(5, 7) !== week.monday.slice(5, 7);
            return (
              <span key={week.monday} className="heatmap__month">
                {startsMonth ? month.format(asDate(sunday)) : ''}
              </span>
            );
          })}
        </div>
        <div
          ref={gridRef}
          role="grid"
          aria-label={t('practiceSummary.calendar.label')}
          aria-describedby={hintId}
          className="heatmap__grid"
          onKeyDown={move}
        >
          {Array.from({ length: 7 }, (_, d) => (
            <div role="row" className="heatmap__row" key={d}>
              <span role="rowheader" className="heatmap__weekday">
                {weekday.format(asDate(weeks[0]?.days[d]?.date ?? today))}
              </span>
              {weeks.map((week) => {
                const day = week.days[d];
                if (!day) {
                  return <span role="gridcell" key={week.monday} className="heatmap__cell" />;
                }
                const name = dayName(day);
                return (
                  <span
                    role="gridcell"
                    key={day.date}
                    data-date={day.date}
                    className={`heatmap__cell heatmap__cell--${day.level}`}
                    tabIndex={day.date === current ? 0 : -1}
                    aria-label={name}
                    title={name}
                    onFocus={() => setSelected(day.date)}
                  />
                );
              })}
            </div>
          ))}
        </div>
      </div>
      <p className="heatmap__selected">
        {currentDay && t('practiceSummary.calendar.selected', { day: dayName(currentDay) })}
      </p>
      <h3 className="heatmap__legend-title" id="summary-legend-title">
        {t('practiceSummary.calendar.legend')}
      </h3>
      <ul className="heatmap__legend" aria-labelledby="summary-legend-title">
        {levelLabels(t).map((label, level) => (
          <li key={label}>
            <span className={`heatmap__cell heatmap__cell--${level}`} aria-hidden="true" />
            {label}
          </li>
        ))}
      </ul>
    </section>
  );
}

function CategoryTables({ totals, config }: { totals: PracticeTotals; config: PracticeConfig }) {
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
  const percent = new Intl.NumberFormat(LOCALES[language], {
    style: 'percent',
    maximumFractionDigits: 1,
  });
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
              <td className="summary-table__number">{formatHours(row.minutes, language, t)}</td>
              <td className="summary-table__number">
                {percent.format(totals.minutes > 0 ? row.minutes / totals.minutes : 0)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
