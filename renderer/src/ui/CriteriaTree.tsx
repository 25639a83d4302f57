import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import type { FrameworkElement, FrameworkUnit } from '../../../shared/framework/pack';
import type { CriterionInContext } from '../../../shared/framework/tree';

interface UnitGroup {
  unit: FrameworkUnit;
  elements: { element: FrameworkElement; criteria: CriterionInContext[] }[];
  count: number;
}

/** Groups criteria (already in reading order) back into their units and elements. */
function group(criteria: CriterionInContext[]): UnitGroup[] {
  const units: UnitGroup[] = [];
  for (const c of criteria) {
    let unit = units.at(-1);
    if (unit?.unit !== c.unit) {
      unit = { unit: c.unit, elements: [], count: 0 };
      units.push(unit);
    }
    let element = unit.elements.at(-1);
    if (element?.element !== c.element) {
      element = { element: c.element, criteria: [] };
      unit.elements.push(element);
    }
    element.criteria.push(c);
    unit.count += 1;
  }
  return units;
}

interface Props {
  criteria: CriterionInContext[];
  /** Units whose criteria are shown; all of them while a filter is active. */
  isOpen(unitId: string): boolean;
  onToggle(unitId: string): void;
  selectedId: string | undefined;
  onSelect(criterionId: string): void;
  /** Optional status shown after each criterion (e.g. its rating). */
  renderStatus?(criterionId: string): ReactNode;
  /** Optional summary after each unit's title (e.g. how many are rated). */
  renderUnitStatus?(unitId: string): ReactNode;
}

/**
 * Unit → element → criterion. Closed units render only their header, which keeps the page
 * light even for packs with a thousand criteria.
 */
export function CriteriaTree({
  criteria,
  isOpen,
  onToggle,
  selectedId,
  onSelect,
  renderStatus,
  renderUnitStatus,
}: Props) {
  const { t } = useTranslation();
  return (
    <div className="tree" aria-label={t('framework.treeLabel')} role="region">
      {group(criteria).map(({ unit, elements, count }) => {
        const open = isOpen(unit.id);
        const panelId = `unit-${unit.id}`;
        return (
          <section key={unit.id} className="tree__unit">
            <h3 className="tree__unit-heading">
              <button
                type="button"
                className="tree__toggle"
                aria-expanded={open}
                aria-controls={panelId}
                onClick={() => onToggle(unit.id)}
              >
                <span className="tree__arrow" aria-hidden="true">
                  {open ? '▾' : '▸'}
                </span>
                <span className="tree__code">{unit.code}</span> {unit.title}
                <span className="tree__count">
                  {renderUnitStatus?.(unit.id) ?? t('framework.criteriaCount', { count })}
                </span>
              </button>
            </h3>
            {open && (
              <div id={panelId}>
                {elements.map(({ element, criteria: list }) => (
                  <div key={element.id} className="tree__element">
                    <h4>{element.title}</h4>
                    <ul className="tree__criteria">
                      {list.map(({ criterion }) => (
                        <li key={criterion.id}>
                          <button
                            type="button"
                            className="tree__criterion"
                            aria-current={criterion.id === selectedId ? 'true' : undefined}
                            onClick={() => onSelect(criterion.id)}
                          >
                            <span>{criterion.question}</span>
                            {renderStatus?.(criterion.id)}
                          </button>
                        </li>
                      ))}
                    </ul>
                  </div>
                ))}
              </div>
            )}
          </section>
        );
      })}
    </div>
  );
}
