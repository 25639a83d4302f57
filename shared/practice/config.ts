import { z } from 'zod';
import { DEFAULT_FIELDS_OF_PRACTICE } from '../domain/fields-of-practice';
import { DEFAULT_PRACTICE_TARGETS, PRACTICE_DIMENSIONS, type PracticeTargets } from './totals';

/** Validation failures as codes; the renderer translates them. */
export const PRACTICE_CONFIG_ERRORS = {
  required: 'required',
  tooLong: 'tooLong',
  duplicate: 'duplicate',
  hoursRange: 'hoursRange',
} as const;

export const MAX_TARGET_HOURS = 10_000;
export const MAX_FIELD_LABEL = 60;
/** The form refuses more; the list stays short enough to choose from. */
export const MAX_CUSTOM_FIELDS = 100;

const hours = z.coerce
  .number({ error: PRACTICE_CONFIG_ERRORS.hoursRange })
  .positive({ error: PRACTICE_CONFIG_ERRORS.hoursRange })
  .max(MAX_TARGET_HOURS, { error: PRACTICE_CONFIG_ERRORS.hoursRange });

export const practiceTargetsSchema = z.object({
  totalHours: hours,
  minimums: z
    .array(z.object({ dimension: z.enum(PRACTICE_DIMENSIONS), value: z.string().min(1), hours }))
    .max(100),
}) satisfies z.ZodType<PracticeTargets, unknown>;

const fieldId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,59}$/);

/**
 * The user's list of fields of practice: the defaults, minus those they hid, plus their own.
 * Entries keep a field's id, so hiding or removing one never changes an entry.
 */
export const practiceConfigSchema = z.object({
  // Each part falls back on its own, so one damaged part never takes the others with it.
  customFields: z
    .array(z.object({ id: fieldId, label: z.string().trim().min(1).max(MAX_FIELD_LABEL) }))
    .max(MAX_CUSTOM_FIELDS)
    .catch([]),
  hiddenFields: z.array(fieldId).max(100).catch([]),
  targets: practiceTargetsSchema.catch(DEFAULT_PRACTICE_TARGETS),
});
export type PracticeConfig = z.output<typeof practiceConfigSchema>;

export const DEFAULT_PRACTICE_CONFIG: PracticeConfig = {
  customFields: [],
  hiddenFields: [],
  targets: DEFAULT_PRACTICE_TARGETS,
};

export interface FieldOption {
  id: string;
  /** Set for fields the user added; default fields are translated by id. */
  label?: string;
}

/** The fields offered in forms and filters, defaults first. */
export function offeredFields(config: PracticeConfig): FieldOption[] {
  const hidden = new Set(config.hiddenFields);
  return [
    ...DEFAULT_FIELDS_OF_PRACTICE.filter((id) => !hidden.has(id)).map((id) => ({ id })),
    ...config.customFields,
  ];
}

/** An id for a new field from its label: lower case, hyphens, unique among existing ids. */
export function newFieldId(label: string, config: PracticeConfig): string {
  const slug =
    label
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 50) || 'bidang';
  const taken = new Set<string>([
    ...DEFAULT_FIELDS_OF_PRACTICE,
    ...config.customFields.map((f) => f.id),
  ]);
  let id = slug;
  for (let n = 2; taken.has(id); n += 1) id = `${slug}-${n}`;
  return id;
}

/** A new field's label is checked against what is already there, ignoring case. */
export function fieldLabelProblem(
  label: string,
  existingLabels: readonly string[],
): keyof typeof PRACTICE_CONFIG_ERRORS | null {
  const text = label.trim();
  if (!text) return 'required';
  if (text.length > MAX_FIELD_LABEL) return 'tooLong';
  const lower = text.toLocaleLowerCase('id');
  return existingLabels.some((l) => l.toLocaleLowerCase('id') === lower) ? 'duplicate' : null;
}
