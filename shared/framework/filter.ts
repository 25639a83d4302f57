import { LEVELS, type Level } from '../domain/levels';
import {
  FUNCTIONS,
  HELPING_STAGES,
  PRACTICE_FORMS,
  PRACTICE_LEVELS,
  SUKOCO_TASKS,
  type HelpingStage,
  type PracticeForm,
  type PracticeLevel,
  type SocialWorkFunction,
  type SukocoTask,
} from '../domain/vocabularies';
import { DOMAINS, type DomainId, type FrameworkPack } from './pack';
import { matchesTerms, normalizeForSearch, queryTerms } from './search';
import { allCriteria, type CriterionInContext } from './tree';

export interface CriterionFilter {
  query?: string;
  domain?: DomainId;
  level?: Level;
  practiceLevel?: PracticeLevel;
  function?: SocialWorkFunction;
  task?: SukocoTask;
  practiceForm?: PracticeForm;
  stage?: HelpingStage;
}

/** The facets a user can filter by, each read from a criterion in context. */
export const FACETS = {
  domain: (c: CriterionInContext) => [c.unit.domain],
  level: (c: CriterionInContext) => c.criterion.levels,
  practiceLevel: (c: CriterionInContext) => c.criterion.tags.practiceLevels ?? [],
  function: (c: CriterionInContext) => c.criterion.tags.functions ?? [],
  task: (c: CriterionInContext) => c.criterion.tags.tasks ?? [],
  practiceForm: (c: CriterionInContext) => c.criterion.tags.practiceForms ?? [],
  stage: (c: CriterionInContext) => c.criterion.tags.stages ?? [],
} satisfies Record<Exclude<keyof CriterionFilter, 'query'>, (c: CriterionInContext) => string[]>;

export type Facet = keyof typeof FACETS;
export const FACET_NAMES = Object.keys(FACETS) as Facet[];

/** Every value a facet can take, in display order. */
export const FACET_VALUES: Record<Facet, readonly string[]> = {
  domain: DOMAINS,
  level: LEVELS,
  practiceLevel: PRACTICE_LEVELS,
  function: FUNCTIONS,
  task: SUKOCO_TASKS,
  practiceForm: PRACTICE_FORMS,
  stage: HELPING_STAGES,
};

export function isFilterActive(filter: CriterionFilter): boolean {
  return (
    (filter.query ?? '').trim() !== '' || FACET_NAMES.some((facet) => filter[facet] !== undefined)
  );
}

export interface IndexedCriterion extends CriterionInContext {
  /** Question, description, keywords, element and unit titles and codes, normalised. */
  haystack: string;
}

/** Prepares a pack for fast filtering: the normalised text is computed once. */
export function indexPack(pack: FrameworkPack): IndexedCriterion[] {
  return allCriteria(pack).map((c) => ({
    ...c,
    haystack: normalizeForSearch(
      [
        c.criterion.question,
        c.criterion.description ?? '',
        ...(c.criterion.tags.keywords ?? []),
        c.element.title,
        c.unit.title,
        c.unit.code,
        c.criterion.id,
      ].join(' '),
    ),
  }));
}

function passes(c: IndexedCriterion, filter: CriterionFilter, terms: string[], skip?: Facet) {
  for (const facet of FACET_NAMES) {
    const wanted = filter[facet];
    if (facet === skip || wanted === undefined) continue;
    if (!(FACETS[facet](c) as string[]).includes(wanted)) return false;
  }
  return terms.length === 0 || matchesTerms(c.haystack, terms);
}

export function filterCriteria(
  index: IndexedCriterion[],
  filter: CriterionFilter,
): IndexedCriterion[] {
  const terms = queryTerms(filter.query ?? '');
  return index.filter((c) => passes(c, filter, terms));
}

export interface FacetCount {
  /** Criteria that pass every other active filter: what "all" of this facet would show. */
  total: number;
  /** How many of those carry each value. */
  values: Map<string, number>;
}

/**
 * For each facet, how many criteria each of its values would show given all the other active
 * filters (the usual faceted-search count, so a count never promises an empty result).
 */
export function facetCounts(
  index: IndexedCriterion[],
  filter: CriterionFilter,
): Record<Facet, FacetCount> {
  const terms = queryTerms(filter.query ?? '');
  const counts = Object.fromEntries(
    FACET_NAMES.map((f) => [f, { total: 0, values: new Map<string, number>() }]),
  ) as Record<Facet, FacetCount>;
  for (const c of index) {
    for (const facet of FACET_NAMES) {
      if (!passes(c, filter, terms, facet)) continue;
      const count = counts[facet];
      count.total += 1;
      for (const value of FACETS[facet](c)) {
        count.values.set(value, (count.values.get(value) ?? 0) + 1);
      }
    }
  }
  return counts;
}
