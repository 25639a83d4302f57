/**
 * The UI languages. A module of its own, imported by settings, the portfolio data and the IPC
 * contract alike, so none of them has to load the others (the main process imports the contract
 * and needs only this list, not the settings schema with its practice and PDF options).
 *
 * One row per language: adding a language adds a row here and a folder of catalogue files in
 * renderer/src/i18n/ (see there). Whatever differs by language is a column, not a ternary.
 */
export const LANGUAGE_TABLE = {
  id: {
    /** Locale for dates and numbers (Intl) and the PDF's language tag. */
    locale: 'id-ID',
  },
  en: { locale: 'en-GB' },
} as const satisfies Record<string, { locale: string }>;

export type Language = keyof typeof LANGUAGE_TABLE;
export const LANGUAGES = Object.keys(LANGUAGE_TABLE) as [Language, ...Language[]];
export const DEFAULT_LANGUAGE: Language = 'id';

/** Whether a string is one of the UI languages. */
export const isLanguage = (value: string): value is Language =>
  Object.hasOwn(LANGUAGE_TABLE, value);
