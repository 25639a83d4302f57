import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { z } from 'zod';
import { en as zodEn, id as zodId } from 'zod/locales';
import {
  DEFAULT_LANGUAGE,
  isLanguage,
  LANGUAGE_TABLE,
  type Language,
} from '../../../shared/settings/settings';
import type { IndonesianCatalogue } from './catalogue';
import { resources } from './resources';

export { resources } from './resources';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: IndonesianCatalogue };
  }
}

export const i18n: I18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources,
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  // React escapes text already; nothing is ever rendered as HTML.
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

/** zod's own messages (shown when an imported file is invalid), one row per UI language. */
const ZOD_LOCALES: Record<Language, () => z.core.$ZodConfig> = { id: zodId, en: zodEn };

/** The current UI language, typed: a language the app does not have reads as the default. */
export function currentLanguage(instance: { language: string } = i18n): Language {
  return isLanguage(instance.language) ? instance.language : DEFAULT_LANGUAGE;
}

// zod's messages follow the UI language.
const applyZodLocale = (language: string) => z.config(ZOD_LOCALES[currentLanguage({ language })]());
applyZodLocale(i18n.language);
i18n.on('languageChanged', applyZodLocale);

/** Locale for dates and numbers in each UI language (shared/settings/language.ts). */
export const LOCALES = Object.fromEntries(
  Object.entries(LANGUAGE_TABLE).map(([language, row]) => [language, row.locale]),
) as Record<Language, string>;
