import type { TFunction } from 'i18next';
import { DEFAULT_FIELDS_OF_PRACTICE } from '../../../shared/domain/fields-of-practice';
import {
  HELPING_STAGES,
  PRACTICE_FORMS,
  PRACTICE_LEVELS,
} from '../../../shared/domain/vocabularies';
import { offeredFields, type PracticeConfig } from '../../../shared/practice/config';
import { ACTIVITY_KINDS } from '../../../shared/practice/entry';
import type { PracticeDimension } from '../../../shared/practice/totals';

const isDefaultField = (id: string): id is (typeof DEFAULT_FIELDS_OF_PRACTICE)[number] =>
  (DEFAULT_FIELDS_OF_PRACTICE as readonly string[]).includes(id);

/** A field's words: the user's label, the translated default, or the bare id if it was removed. */
export function fieldLabel(t: TFunction, id: string, config: PracticeConfig): string {
  const custom = config.customFields.find((f) => f.id === id);
  if (custom) return custom.label;
  return isDefaultField(id) ? t(`fields.${id}`) : id;
}

/** The words for one value of a dimension; blank stays blank. */
export function valueLabel(
  t: TFunction,
  dimension: PracticeDimension,
  value: string,
  config: PracticeConfig,
): string {
  if (!value) return '';
  switch (dimension) {
    case 'field':
      return fieldLabel(t, value, config);
    case 'practiceLevel':
      return t(`vocab.practiceLevel.${value as (typeof PRACTICE_LEVELS)[number]}`);
    case 'practiceForm':
      return t(`vocab.practiceForm.${value as (typeof PRACTICE_FORMS)[number]}`);
    case 'stage':
      return t(`vocab.stage.${value as (typeof HELPING_STAGES)[number]}`);
    case 'activityKind':
      return t(`practice.activityKinds.${value as (typeof ACTIVITY_KINDS)[number]}`);
  }
}

/** The values a dimension offers, with their words, in the order forms and filters list them. */
export function dimensionOptions(
  t: TFunction,
  dimension: PracticeDimension,
  config: PracticeConfig,
): { id: string; label: string }[] {
  const ids: readonly string[] = {
    field: offeredFields(config).map((f) => f.id),
    practiceLevel: PRACTICE_LEVELS,
    practiceForm: PRACTICE_FORMS,
    stage: HELPING_STAGES,
    activityKind: ACTIVITY_KINDS,
  }[dimension];
  return ids.map((id) => ({ id, label: valueLabel(t, dimension, id, config) }));
}
