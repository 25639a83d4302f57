import type { i18n as I18n } from 'i18next';
import { CV_SECTION_IDS, type CvSectionId } from '../../../../../shared/portfolio/cv';
import type { PortfolioPdfWords } from '../../../../../shared/portfolio/pdf/words';
import type { Catalogue } from '../../../i18n/catalogue';
import { currentLanguage } from '../../../i18n';

/**
 * Every word the portfolio PDF needs, in the UI language. The PDF's own words are taken raw from
 * the `portfolioPdf` namespace (the PDF fills their `{{placeholders}}` itself); labels of stored
 * ids come from where the rest of the app already keeps them.
 */
export function pdfWords(i18n: I18n): PortfolioPdfWords {
  const language = currentLanguage(i18n);
  const catalogue = i18n.getResourceBundle(language, 'translation') as Catalogue;
  const t = i18n.getFixedT(language);
  return {
    ...catalogue.portfolioPdf,
    vocab: {
      levels: catalogue.levels,
      fields: catalogue.fields,
      practiceLevels: catalogue.vocab.practiceLevel,
      practiceForms: catalogue.vocab.practiceForm,
      stages: catalogue.vocab.stage,
      activityKinds: catalogue.practice.activityKinds,
      dimensions: catalogue.practice.dimensions,
      signoffStates: catalogue.practice.signoff.states,
      evidenceTypes: catalogue.evidence.types,
      judgements: { K: catalogue.apl02.k, BK: catalogue.apl02.bk },
      essayDomains: catalogue.essays.domains,
      packStatus: catalogue.framework.status,
      cv: {
        sections: Object.fromEntries(
          CV_SECTION_IDS.map((id) => [id, t(`cv.sections.${id}.title`)]),
        ) as Record<CvSectionId, string>,
        fields: catalogue.cv.fields,
        choices: catalogue.cv.choices,
        ongoing: catalogue.cv.ongoing,
        hours: catalogue.cv.hoursValue,
      },
    },
  };
}
