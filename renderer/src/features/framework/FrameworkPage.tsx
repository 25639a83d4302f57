import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  facetCounts,
  filterCriteria,
  indexPack,
  isFilterActive,
  type CriterionFilter,
} from '../../../../shared/framework/filter';
import { CriteriaTree } from '../../ui/CriteriaTree';
import { Loading } from '../../ui/Loading';
import { useDocumentTitle } from '../../ui/use-document-title';
import { useToggleSet } from '../../ui/use-toggle-set';
import type { PackRow } from '../../db/database';
import { CriteriaFilters } from './CriteriaFilters';
import { CriterionDetail } from './CriterionDetail';
import { PackManager } from './PackManager';
import { PackSummary } from './PackSummary';
import { useActivePack } from '../../queries/packs';

export function FrameworkPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('framework.title'));
  const active = useActivePack();
  return (
    <section className="page page--wide">
      <h1>{t('framework.title')}</h1>
      <p className="lead">{t('framework.intro')}</p>
      {active === undefined ? (
        <Loading />
      ) : active === null ? (
        <p className="notice">{t('framework.noPack')}</p>
      ) : (
        // A new pack starts with fresh filters and selection.
        <Browser key={active.key} row={active} />
      )}
      {active && <PackManager activeKey={active.key} />}
    </section>
  );
}

function Browser({ row }: { row: PackRow }) {
  const { t } = useTranslation();
  const { pack } = row;
  const index = useMemo(() => indexPack(pack), [pack]);
  const [filter, setFilter] = useState<CriterionFilter>({});
  // Typing stays responsive: filtering a large pack follows a moment later.
  const deferred = useDeferredValue(filter);
  const visible = useMemo(() => filterCriteria(index, deferred), [index, deferred]);
  const counts = useMemo(() => facetCounts(index, deferred), [index, deferred]);
  const [openUnits, toggleUnit] = useToggleSet();
  const [selectedId, setSelectedId] = useState<string | undefined>(undefined);
  const filtering = isFilterActive(deferred);
  const selected = index.find((c) => c.criterion.id === selectedId);

  return (
    <>
      <PackSummary row={row} />
      <CriteriaFilters pack={pack} filter={filter} counts={counts} onChange={setFilter} />
      <div className="result-bar">
        <p role="status">
          {t('framework.resultCount', { shown: visible.length, total: index.length })}
        </p>
        {isFilterActive(filter) && (
          <button type="button" className="button button--quiet" onClick={() => setFilter({})}>
            {t('framework.clearFilters')}
          </button>
        )}
      </div>
      <div className="browser">
        {visible.length === 0 ? (
          <p className="notice">{t('framework.noResults')}</p>
        ) : (
          <CriteriaTree
            criteria={visible}
            isOpen={(unitId) => filtering || openUnits.has(unitId)}
            onToggle={toggleUnit}
            selectedId={selectedId}
            onSelect={setSelectedId}
          />
        )}
        <CriterionDetail pack={pack} item={selected} />
      </div>
    </>
  );
}
