import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PracticeConfig } from '../../../../shared/practice/config';
import type { PracticeWarning } from '../../../../shared/practice/entry';
import type { IndexedEntry, LoggedEntry } from '../../../../shared/practice/filter';
import { useFormat } from '../../ui/format';
import { SignoffBadge, signoffDetail } from '../signoff';
import { valueLabel } from '../../ui/practice-labels';

/** Rows have one fixed height, so 20,000 entries scroll without measuring any of them. */
const ROW_HEIGHT = 96;

interface Props {
  rows: readonly IndexedEntry[];
  config: PracticeConfig;
  supervisorNames: ReadonlyMap<string, string>;
  warnings: ReadonlyMap<string, PracticeWarning[]>;
  selected: ReadonlySet<string>;
  onSelect(id: string, on: boolean): void;
  onEdit(entry: LoggedEntry): void;
}

/** The log as a virtualised list: only the rows in view are in the page. */
export function PracticeList(props: Props) {
  const { rows } = props;
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  // No React Compiler here, so the virtualizer's unmemoisable functions are fine.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    getItemKey: (index) => rows[index]?.entry.id ?? index,
  });
  return (
    <div
      ref={scroller}
      className="practice-list"
      role="region"
      aria-label={t('practice.list.label')}
      tabIndex={0}
    >
      <ul className="practice-list__inner" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          return row ? (
            <PracticeRow
              key={item.key}
              {...props}
              row={row}
              position={item.index + 1}
              top={item.start}
            />
          ) : null;
        })}
      </ul>
    </div>
  );
}

function PracticeRow({
  row,
  position,
  top,
  rows,
  config,
  supervisorNames,
  warnings,
  selected,
  onSelect,
  onEdit,
}: Props & { row: IndexedEntry; position: number; top: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { entry, state } = row;
  const headingId = `entry-${entry.id}`;
  const when = entry.startTime ? `${entry.startTime}–${entry.endTime}` : '';
  const problems = warnings.get(entry.id) ?? [];
  const supervisor = supervisorNames.get(entry.supervisorId);
  const detail = signoffDetail(t, format, entry, state);
  return (
    <li
      className="practice-row"
      style={{ transform: `translateY(${top}px)`, height: ROW_HEIGHT }}
      aria-posinset={position}
      aria-setsize={rows.length}
      aria-labelledby={headingId}
    >
      <input
        type="checkbox"
        className="practice-row__check"
        checked={selected.has(entry.id)}
        aria-label={t('practice.list.select', { date: entry.date, agency: entry.agency })}
        onChange={(event) => onSelect(entry.id, event.target.checked)}
      />
      <div className="practice-row__main">
        <p id={headingId} className="practice-row__title">
          <strong>{entry.date}</strong> {when && <span className="muted">{when}</span>} ·{' '}
          {format.hours(entry.minutes)} · {entry.agency}
          {entry.setting && <span className="muted"> · {entry.setting}</span>}
        </p>
        <p className="practice-row__meta small">
          {valueLabel(t, 'field', entry.field, config)} ·{' '}
          {valueLabel(t, 'activityKind', entry.activityKind, config)}
          {entry.practiceLevel &&
            ` · ${valueLabel(t, 'practiceLevel', entry.practiceLevel, config)}`}
          {supervisor && ` · ${t('practice.list.supervisor', { name: supervisor })}`}
          {entry.criterionRefs.length > 0 &&
            ` · ${t('practice.list.criteria', { count: entry.criterionRefs.length })}`}
        </p>
        {/* Who signed or why it came back matters more here than the narrative. */}
        {detail ? (
          <p
            title={detail}
            className={
              state === 'returned' || state === 'broken'
                ? 'practice-row__narrative small practice-row__notice'
                : 'practice-row__narrative small'
            }
          >
            {detail}
          </p>
        ) : (
          <p className="practice-row__narrative small muted">{entry.narrative}</p>
        )}
      </div>
      <div className="practice-row__side">
        <SignoffBadge state={state} />
        {problems.length > 0 && (
          <span
            className="chip chip--warn"
            title={problems.map((p) => t(`practice.warnings.${p.kind}`)).join('\n')}
          >
            {t('practice.list.warning', { count: problems.length })}
          </span>
        )}
        <button
          type="button"
          className="button button--quiet"
          aria-label={t('practice.list.editLabel', { date: entry.date, agency: entry.agency })}
          onClick={() => onEdit(entry)}
        >
          {t('practice.list.edit')}
        </button>
      </div>
    </li>
  );
}
