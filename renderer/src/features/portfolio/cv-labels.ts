import type { TFunction } from 'i18next';
import {
  cvSection,
  type CvChoice,
  type CvSectionId,
  type CvValues,
} from '../../../../shared/portfolio/cv';

// The catalogue test checks that every field and choice of shared/portfolio/cv has a label,
// which is what makes these casts safe.

export const cvFieldLabel = (t: TFunction, key: string) =>
  t(`cv.fields.${key}` as 'cv.fields.title');

export const cvChoiceLabel = (t: TFunction, group: CvChoice, value: string) =>
  t(`cv.choices.${group}.${value}` as 'cv.choices.trainingKind.profesi', { defaultValue: value });

/** One line per CV entry for the list: its first field as the title, the rest as details. */
export function cvEntrySummary(section: CvSectionId, values: CvValues, t: TFunction) {
  const [first, ...rest] = cvSection(section).fields;
  const details: string[] = [];
  for (const field of rest) {
    const value = values[field.key]?.trim() ?? '';
    switch (field.kind) {
      case 'text':
        if (value) details.push(value);
        break;
      case 'choice':
        if (value) details.push(cvChoiceLabel(t, field.choices, value));
        break;
      case 'year':
        // A start year is shown with its end year as one period.
        if (field.key === 'startYear' && value) {
          const end = values.endYear?.trim();
          details.push(end ? `${value}–${end}` : t('cv.ongoing', { start: value }));
        } else if (value) details.push(value);
        break;
      case 'hours':
        if (value) details.push(t('cv.hoursValue', { hours: value }));
        break;
      default:
        // Long text and dates belong to the full entry, not its one-line summary.
        break;
    }
  }
  const title = (first && values[first.key]?.trim()) || t('cv.untitled');
  const label =
    first?.kind === 'choice' && values[first.key]
      ? cvChoiceLabel(t, first.choices, values[first.key] ?? '')
      : title;
  return { title: label, details: details.join(' · ') };
}
