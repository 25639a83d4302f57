import type { ComponentProps } from 'react';
import { useController, useWatch, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { PracticeConfig } from '../../../../../shared/practice/config';
import type { PracticeTargets } from '../../../../../shared/practice/totals';
import { dimensionOptions, valueLabel } from '../../../ui/practice-labels';
import type { TargetsForm } from './settings-form';

type ValueSelectProps = Pick<
  ComponentProps<'select'>,
  'id' | 'aria-invalid' | 'aria-describedby'
> & {
  index: number;
  control: Control<TargetsForm, unknown, PracticeTargets>;
  config: PracticeConfig;
};

/**
 * The categories of the row's chosen group, plus its saved one if that field is now hidden.
 * Controlled, because its options change with the group and must still show the value held.
 */
export function ValueSelect({ index, control, config, ...select }: ValueSelectProps) {
  const { t } = useTranslation();
  const { field } = useController({ control, name: `minimums.${index}.value` });
  const dimension = useWatch({ control, name: `minimums.${index}.dimension` });
  const options = dimensionOptions(t, dimension, config);
  if (field.value && !options.some((o) => o.id === field.value)) {
    options.push({ id: field.value, label: valueLabel(t, dimension, field.value, config) });
  }
  return (
    <select {...select} {...field}>
      {options.map((option) => (
        <option key={option.id} value={option.id}>
          {option.label}
        </option>
      ))}
    </select>
  );
}
