import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PracticeConfig } from '../../../../shared/practice/config';
import {
  EMPTY_QUERY,
  SORT_KEYS,
  type PracticeQuery,
  type SortKey,
} from '../../../../shared/practice/filter';
import { PRACTICE_DIMENSIONS } from '../../../../shared/practice/totals';
import { SIGNOFF_STATES, type SignoffState } from '../../../../shared/signoff/state';
import type { SupervisorRow } from '../../db/database';
import { dimensionOptions } from '../../ui/practice-labels';

interface Props {
  query: PracticeQuery;
  onChange(query: PracticeQuery): void;
  config: PracticeConfig;
  supervisors: readonly SupervisorRow[];
}

/** Search, date range, categories, supervisor, sign-off state and order of the log. */
export function PracticeFilters({ query, onChange, config, supervisors }: Props) {
  const { t } = useTranslation();
  const uid = useId();
  const idOf = (name: string) => `${uid}-${name}`;
  const set = <K extends keyof PracticeQuery>(key: K, value: PracticeQuery[K]) =>
    onChange({ ...query, [key]: value });
  const select = (
    name: string,
    label: string,
    value: string,
    options: { id: string; label: string }[],
    onPick: (value: string) => void,
  ) => (
    <div className="filters__item">
      <label htmlFor={idOf(name)}>{label}</label>
      <select id={idOf(name)} value={value} onChange={(event) => onPick(event.target.value)}>
        <option value="">{t('practice.filters.any')}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  const active =
    JSON.stringify({ ...query, sort: '', descending: true }) !==
    JSON.stringify({ ...EMPTY_QUERY, sort: '', descending: true });

  return (
    <form className="filters practice-filters" role="search" onSubmit={(e) => e.preventDefault()}>
      <div className="filters__item filters__item--wide">
        <label htmlFor={idOf('text')}>{t('practice.filters.search')}</label>
        <input
          id={idOf('text')}
          data-find
          type="search"
          value={query.text}
          placeholder={t('practice.filters.searchPlaceholder')}
          onChange={(event) => set('text', event.target.value)}
        />
      </div>
      <div className="filters__item">
        <label htmlFor={idOf('from')}>{t('practice.filters.from')}</label>
        <input
          id={idOf('from')}
          type="date"
          value={query.from}
          onChange={(event) => set('from', event.target.value)}
        />
      </div>
      <div className="filters__item">
        <label htmlFor={idOf('to')}>{t('practice.filters.to')}</label>
        <input
          id={idOf('to')}
          type="date"
          value={query.to}
          onChange={(event) => set('to', event.target.value)}
        />
      </div>
      {PRACTICE_DIMENSIONS.map((dimension) =>
        select(
          dimension,
          t(`practice.dimensions.${dimension}`),
          query[dimension],
          dimensionOptions(t, dimension, config),
          (value) => set(dimension, value),
        ),
      )}
      {select(
        'supervisor',
        t('practice.filters.supervisor'),
        query.supervisorId,
        [
          { id: 'none', label: t('practice.filters.noSupervisor') },
          ...supervisors.map((s) => ({ id: s.id, label: s.name })),
        ],
        (value) => set('supervisorId', value),
      )}
      {select(
        'state',
        t('practice.filters.state'),
        query.state,
        SIGNOFF_STATES.map((s) => ({ id: s, label: t(`practice.signoff.states.${s}`) })),
        (value) => set('state', value as SignoffState | ''),
      )}
      <div className="filters__item">
        <label htmlFor={idOf('sort')}>{t('practice.filters.sort')}</label>
        <select
          id={idOf('sort')}
          value={`${query.sort}:${query.descending ? 'desc' : 'asc'}`}
          onChange={(event) => {
            const [sort, direction] = event.target.value.split(':');
            onChange({ ...query, sort: sort as SortKey, descending: direction === 'desc' });
          }}
        >
          {SORT_KEYS.flatMap((key) =>
            (['desc', 'asc'] as const).map((direction) => (
              <option key={`${key}:${direction}`} value={`${key}:${direction}`}>
                {t(`practice.filters.sorts.${key}_${direction}`)}
              </option>
            )),
          )}
        </select>
      </div>
      {active && (
        <button
          type="button"
          className="button button--quiet"
          onClick={() =>
            onChange({ ...EMPTY_QUERY, sort: query.sort, descending: query.descending })
          }
        >
          {t('practice.filters.reset')}
        </button>
      )}
    </form>
  );
}
