import type { i18n as I18n } from 'i18next';
import type { PracticeConfig } from '../../../../shared/practice/config';
import type { CsvChoiceColumn, CsvVocabulary } from '../../../../shared/practice/csv';
import { LANGUAGES, type Language } from '../../../../shared/settings/settings';
import type { SupervisorRow } from '../../db/database';
import { dimensionOptions } from '../../ui/practice-labels';

/**
 * Words a spreadsheet may use for each choice: the current language's label first (written on
 * export), then the other language's, so a file made in either language imports.
 */
export function csvVocabulary(
  i18n: I18n,
  language: Language,
  config: PracticeConfig,
  supervisors: readonly SupervisorRow[],
  defaultPackId: string,
): CsvVocabulary {
  const languages = [language, ...LANGUAGES.filter((l) => l !== language)];
  const translators = languages.map((language) => i18n.getFixedT(language));
  // Hidden fields are hidden from forms only: entries using them must still export and import.
  const everyField = { ...config, hiddenFields: [] };
  const optionsFor = (column: CsvChoiceColumn) => {
    const perLanguage = translators.map((t) => dimensionOptions(t, column, everyField));
    return (perLanguage[0] ?? []).map(({ id }, i) => ({
      id,
      labels: perLanguage.map((options) => options[i]?.label ?? id),
    }));
  };
  const choices: CsvVocabulary['choices'] = {
    field: optionsFor('field'),
    practiceLevel: optionsFor('practiceLevel'),
    practiceForm: optionsFor('practiceForm'),
    stage: optionsFor('stage'),
    activityKind: optionsFor('activityKind'),
  };
  return { choices, supervisors, defaultPackId };
}
