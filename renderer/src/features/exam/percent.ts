import type { Language } from '../../../../shared/settings/settings';

/** A share from 0 to 1 as "73%"; a dash when there is nothing to count. */
export const percentText = (value: number | null, language: Language): string =>
  value === null
    ? '–'
    : new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(value);
