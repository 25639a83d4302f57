import type { Evidence } from '../../assessment/assessment';
import type { Level } from '../../domain/levels';
import type { PracticeDimension } from '../../practice/totals';
import type { PortfolioData } from '../data';
import { makeFormat, type Format } from './format';
import type { PortfolioPdfWords } from './words';

/** What every section needs, worked out once per document. */
export interface PdfContext {
  data: PortfolioData;
  words: PortfolioPdfWords;
  format: Format;
  /** The candidate's name, or the words saying it is not filled in. */
  name: string;
  hasName: boolean;
  level: Level | undefined;
  /** The words for one value of a practice dimension; an unknown id is shown as it is. */
  label(dimension: PracticeDimension, value: string): string;
  /** Evidence by date, each with the code the APL-02 form refers to it by (B1, B2…). */
  evidence: { item: Evidence; code: string }[];
  evidenceCodes: ReadonlyMap<string, string>;
}

const lookup = (labels: Readonly<Record<string, string>>, key: string) => labels[key] ?? key;

export function makeContext(data: PortfolioData, words: PortfolioPdfWords): PdfContext {
  const { vocab } = words;
  const fieldLabels: Record<string, string> = {
    ...vocab.fields,
    ...Object.fromEntries(data.practice.config.customFields.map((f) => [f.id, f.label])),
  };
  const dimensionLabels: Record<PracticeDimension, Readonly<Record<string, string>>> = {
    field: fieldLabels,
    practiceLevel: vocab.practiceLevels,
    practiceForm: vocab.practiceForms,
    stage: vocab.stages,
    activityKind: vocab.activityKinds,
  };
  const evidence = [...data.evidence]
    .sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title, 'id'))
    .map((item, i) => ({ item, code: `${words.evidence.prefix}${i + 1}` }));
  const fullName = data.profile?.fullName.trim() ?? '';
  return {
    data,
    words,
    format: makeFormat(data.language),
    name: fullName || words.common.noName,
    hasName: fullName !== '',
    level: data.profile?.targetLevel,
    label: (dimension, value) => lookup(dimensionLabels[dimension], value),
    evidence,
    evidenceCodes: new Map(evidence.map(({ item, code }) => [item.id, code])),
  };
}
