import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { z } from 'zod';
import { en as zodEn, id as zodId } from 'zod/locales';
import { DEFAULT_LANGUAGE, type Language } from '../../../shared/settings/settings';
import { en } from './en';
import { id } from './id';

export const resources = { id: { translation: id }, en: { translation: en } } as const;

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof id };
  }
}

export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources,
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  // React escapes text already; nothing is ever rendered as HTML.
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

// zod's own messages (shown when an imported file is invalid) follow the UI language.
const applyZodLocale = (language: string) => z.config(language === 'en' ? zodEn() : zodId());
applyZodLocale(i18n.language);
i18n.on('languageChanged', applyZodLocale);

/** Locale for dates and numbers in each UI language. */
export const LOCALES: Record<Language, string> = { id: 'id-ID', en: 'en-GB' };

/** The current UI language, typed. */
export function currentLanguage(instance: { language: string } = i18n): Language {
  return instance.language === 'en' ? 'en' : 'id';
}
