import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isIsoDate } from '../../../shared/dates';
import type { Language } from '../../../shared/settings/settings';
import { currentLanguage, LOCALES } from '../i18n';

/**
 * Numbers, hours, percentages, sizes and dates for people, in one UI language. Every screen
 * formats through this (`useFormat()` in a component), so the same thing reads the same
 * everywhere: "1,5 kB" and "73%" in Indonesian, "1.5 kB" and "73%" in English.
 */
export interface Format {
  /** 1234.5 → "1.234,5" / "1,234.5"; at most `maxFractionDigits` decimals (Intl's 3 if unset). */
  number(value: number, maxFractionDigits?: number): string;
  /** A number the way it is typed into a field: no grouping, at most 2 decimals ("1234,5"). */
  typedNumber(value: number): string;
  /** A share from 0 to 1 as "73%" (whole percents unless told); a dash when there is none. */
  percent(share: number | null, maxFractionDigits?: number): string;
  /** Minutes as hours: 90 → "1,5 jam" / "1.5 h" (at most 2 decimals). */
  hours(minutes: number): string;
  /** 1536 → "1,5 kB" / "1.5 kB". */
  bytes(bytes: number): string;
  /** A moment (ISO timestamp) with its date and time: "23 November 2026 pukul 14.05". */
  dateTime(iso: string): string;
  /** A moment's date only, short enough for a chart's axis: "23/11/26". */
  shortDate(iso: string): string;
  /**
   * A calendar day ("2026-11-23") with the given Intl options. Formatted in UTC, so the user's
   * time zone cannot move it to the day before; a date no calendar has is shown as written.
   */
  day(isoDate: string, options: Intl.DateTimeFormatOptions): string;
  /** A language code's name in the UI language ("en" → "Inggris"); the code if Intl has none. */
  languageName(code: string): string;
}

/** One value per key, made the first time it is asked for. */
function memo<K, V>(make: (key: K) => V): (key: K) => V {
  const made = new Map<K, V>();
  return (key) => {
    if (!made.has(key)) made.set(key, make(key));
    return made.get(key) as V;
  };
}

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

const dateTimeFormat = memo(
  (language: Language) =>
    new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeStyle: 'short' }),
);

/** Every formatter for one UI language; `t` gives the words around a number ("jam"). */
export function formatFor(language: Language, t: TFunction): Format {
  const locale = LOCALES[language];
  const numberFormat = memo(
    (maximumFractionDigits: number | undefined) =>
      new Intl.NumberFormat(locale, { maximumFractionDigits }),
  );
  const typedFormat = new Intl.NumberFormat(locale, {
    useGrouping: false,
    maximumFractionDigits: 2,
  });
  const percentFormat = memo(
    (maximumFractionDigits: number) =>
      new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits }),
  );
  const bytesFormat = memo(
    (unit: number) =>
      new Intl.NumberFormat(locale, {
        style: 'unit',
        unit: UNITS[unit],
        unitDisplay: 'short',
        maximumFractionDigits: unit === 0 ? 0 : 1,
      }),
  );
  const shortDateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'short' });
  const dayFormat = memo(
    (options: string) =>
      new Intl.DateTimeFormat(locale, {
        ...(JSON.parse(options) as Intl.DateTimeFormatOptions),
        timeZone: 'UTC',
      }),
  );
  const languageNames = new Intl.DisplayNames([locale], { type: 'language' });
  const number = (value: number, maxFractionDigits?: number) =>
    numberFormat(maxFractionDigits).format(value);

  return {
    number,
    typedNumber: (value) => typedFormat.format(value),
    percent: (share, maxFractionDigits = 0) =>
      share === null ? '–' : percentFormat(maxFractionDigits).format(share),
    hours: (minutes) => t('practice.hours', { hours: number(minutes / 60, 2) }),
    bytes(bytes) {
      let value = bytes;
      let unit = 0;
      while (value >= 1024 && unit < UNITS.length - 1) {
        value /= 1024;
        unit += 1;
      }
      return bytesFormat(unit).format(value);
    },
    dateTime: (iso) => dateTimeFormat(language).format(new Date(iso)),
    shortDate: (iso) => shortDateFormat.format(new Date(iso)),
    day: (isoDate, options) =>
      isIsoDate(isoDate)
        ? dayFormat(JSON.stringify(options)).format(new Date(`${isoDate}T00:00:00Z`))
        : isoDate,
    languageName(code) {
      try {
        return languageNames.of(code) ?? code;
      } catch {
        // Not a well-formed language tag: Intl refuses it.
        return code;
      }
    },
  };
}

/** The formatters for the current UI language; the component renders again when it changes. */
export function useFormat(): Format {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  return useMemo(() => formatFor(language, t), [language, t]);
}
