import type { Criterion, FrameworkElement, FrameworkPack, FrameworkUnit } from './pack';

/** A criterion with the unit and element it sits in. */
export interface CriterionInContext {
  unit: FrameworkUnit;
  element: FrameworkElement;
  criterion: Criterion;
}

/** Every criterion of a pack in reading order, with its place in the tree. */
export function allCriteria(pack: FrameworkPack): CriterionInContext[] {
  return pack.units.flatMap((unit) =>
    unit.elements.flatMap((element) =>
      element.criteria.map((criterion) => ({ unit, element, criterion })),
    ),
  );
}
