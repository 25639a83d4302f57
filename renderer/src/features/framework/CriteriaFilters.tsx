import { useTranslation } from 'react-i18next';
import {
  FACET_NAMES,
  FACET_VALUES,
  type CriterionFilter,
  type Facet,
  type FacetCount,
} from '../../../../shared/framework/filter';
import type { FrameworkPack } from '../../../../shared/framework/pack';
import { facetValueLabel } from './labels';
import { WhenCommand } from '../../ui/app-command';

interface Props {
  pack: FrameworkPack;
  filter: CriterionFilter;
  counts: Record<Facet, FacetCount>;
  onChange(filter: CriterionFilter): void;
}

/** Search box and one select per facet; each option says how many criteria it would show. */
export function CriteriaFilters({ pack, filter, counts, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <div className="filters" role="search">
      <div className="field filters__search">
        <label htmlFor="criteria-search">{t('framework.searchLabel')}</label>
        {/* The menu's "Cari" lands here from pages without a search of their own. */}
        <WhenCommand
          command="find"
          run={() => document.getElementById('criteria-search')?.focus()}
        />
        <input
          id="criteria-search"
          data-find
          type="search"
          value={filter.query ?? ''}
          aria-describedby="criteria-search-hint"
          onChange={(event) => onChange({ ...filter, query: event.target.value })}
        />
        <p id="criteria-search-hint" className="field__hint">
          {t('framework.searchHint')}
        </p>
      </div>
      <fieldset className="filters__facets">
        <legend className="visually-hidden">{t('framework.filtersLegend')}</legend>
        {FACET_NAMES.map((facet) => {
          const { total, values } = counts[facet];
          return (
            <div className="field" key={facet}>
              <label htmlFor={`facet-${facet}`}>{t(`framework.facets.${facet}`)}</label>
              <select
                id={`facet-${facet}`}
                value={filter[facet] ?? ''}
                onChange={(event) =>
                  onChange({ ...filter, [facet]: event.target.value || undefined })
                }
              >
                <option value="">{t('framework.all', { count: total })}</option>
                {FACET_VALUES[facet]
                  .filter((value) => values.has(value) || filter[facet] === value)
                  .map((value) => (
                    <option key={value} value={value}>
                      {t('framework.option', {
                        label: facetValueLabel(t, pack, facet, value),
                        count: values.get(value) ?? 0,
                      })}
                    </option>
                  ))}
              </select>
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}
