import type { TFunction } from 'i18next';
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { localIsoDate } from '../../../../../shared/dates';
import {
  CALENDAR_WEEKS,
  calendarWeeks,
  HEAT_LIMITS_HOURS,
  type CalendarDay,
} from '../../../../../shared/practice/calendar';
import {
  dayAfterKey,
  dayPositions,
  monthNamedBy,
} from '../../../../../shared/practice/calendar-grid';
import { useFormat } from '../../../ui/format';

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
/** A day's full name in the calendar: "Senin, 23 November 2026". */
const FULL_DATE: Intl.DateTimeFormatOptions = {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
};

export function HeatMap({ byDay }: { byDay: ReadonlyMap<string, number> }) {
  const { t } = useTranslation();
  const today = localIsoDate(new Date());
  const weeks = useMemo(() => calendarWeeks(byDay, today), [byDay, today]);
  const positions = useMemo(() => dayPositions(weeks), [weeks]);
  const [selected, setSelected] = useState(today);
  // After midnight the old selection may have left the grid; today is always in it.
  const current = positions.has(selected) ? selected : today;
  const gridRef = useRef<HTMLDivElement>(null);
  const hintId = useId();

  const format = useFormat();
  const dayName = (day: CalendarDay) =>
    t('practiceSummary.calendar.day', {
      date: format.day(day.date, FULL_DATE),
      hours: format.hours(day.minutes),
    });
  const days = weeks.flatMap((w) => w.days).filter((d) => d !== null);
  const currentDay = days.find((d) => d.date === current);
  const lastWeek = weeks.length - 1;

  const move = (event: KeyboardEvent<HTMLDivElement>) => {
    const day = dayAfterKey(weeks, positions.get(current) ?? [lastWeek, 0], event.key);
    if (day === undefined) return;
    event.preventDefault();
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
          hours: format.hours(activeDays.reduce((sum, d) => sum + d.minutes, 0)),
          count: activeDays.length,
        })}
      </p>
      <div className="heatmap">
        {/* Month names only guide the eye; every day's own name says its full date. */}
        <div className="heatmap__months" aria-hidden="true">
          <span className="heatmap__corner" />
          {weeks.map((week) => {
            // The column holding a month's 1st day carries that month's name.
            const named = monthNamedBy(week.monday);
            return (
              <span key={week.monday} className="heatmap__month">
                {named ? format.day(named, { month: 'short' }) : ''}
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
                {format.day(weeks[0]?.days[d]?.date ?? today, { weekday: 'short' })}
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
