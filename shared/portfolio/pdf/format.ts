import { LANGUAGE_TABLE, type Language } from '../../settings/language';

export interface Format {
  /** "23 November 2026": a calendar date (YYYY-MM-DD) or an instant, on the local clock. */
  longDate(iso: string): string;
  /** "2 Nov 2026", for tables. */
  shortDate(isoDate: string): string;
  /** "2 Nov", for chart labels. */
  dayMonth(isoDate: string): string;
  /** 2.5 → "2,5" in Indonesian; at most two decimals. */
  number(value: number): string;
  /** Minutes as hours, without the unit: 150 → "2,5". */
  hours(minutes: number): string;
}

/**
 * Number and date formatting in the portfolio's language. Formatters are made once per document:
 * making an Intl formatter per table cell would dominate the time for 2,000 log entries.
 */
export function makeFormat(language: Language): Format {
  const { locale } = LANGUAGE_TABLE[language];
  const dateFormat = (options: Intl.DateTimeFormatOptions) => {
    // A bare calendar date is read as UTC midnight, so it must be written in UTC too.
    const plain = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    const local = new Intl.DateTimeFormat(locale, options);
    return (iso: string) =>
      /^\d{4}-\d{2}-\d{2}$/.test(iso)
        ? plain.format(new Date(`${iso}T00:00:00Z`))
        : local.format(new Date(iso));
  };
  const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  return {
    longDate: dateFormat({ day: 'numeric', month: 'long', year: 'numeric' }),
    shortDate: dateFormat({ day: 'numeric', month: 'short', year: 'numeric' }),
    dayMonth: dateFormat({ day: 'numeric', month: 'short' }),
    number: (value) => numbers.format(value),
    hours: (minutes) => numbers.format(minutes / 60),
  };
}
