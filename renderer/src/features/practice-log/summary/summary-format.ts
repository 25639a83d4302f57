import type { Language } from '../../../../../shared/settings/settings';
import { LOCALES } from '../../../i18n';

/** Dates are calendar days; formatting them in UTC keeps the user's time zone from shifting them. */
export const asDate = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);
export const dateFormat = (language: Language, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(LOCALES[language], { ...options, timeZone: 'UTC' });
export const numberFormat = (language: Language) =>
  new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 2 });
