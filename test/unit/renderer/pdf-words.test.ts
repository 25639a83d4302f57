import type { DynamicContent } from 'pdfmake/interfaces';
import { afterEach, describe, expect, it } from 'vitest';
import { pdfWords } from '../../../renderer/src/features/portfolio/export/pdf-words';
import { i18n } from '../../../renderer/src/i18n';
import { EVIDENCE_TYPES } from '../../../shared/assessment/assessment';
import { DEFAULT_FIELDS_OF_PRACTICE } from '../../../shared/domain/fields-of-practice';
import { LEVELS } from '../../../shared/domain/levels';
import {
  HELPING_STAGES,
  PRACTICE_FORMS,
  PRACTICE_LEVELS,
} from '../../../shared/domain/vocabularies';
import { CV_CHOICES, CV_FIELD_KEYS, CV_SECTION_IDS } from '../../../shared/portfolio/cv';
import { PORTFOLIO_SECTIONS } from '../../../shared/portfolio/data';
import { buildPortfolioDocument } from '../../../shared/portfolio/pdf/document';
import { typicalPortfolio } from '../../support/portfolio';
import { ACTIVITY_KINDS } from '../../../shared/practice/entry';
import { PRACTICE_DIMENSIONS } from '../../../shared/practice/totals';
import { SIGNOFF_STATES } from '../../../shared/signoff/state';

type Tree = { [key: string]: string | Tree };

const leaves = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : leaves(value, `${prefix}${key}.`),
  );

afterEach(() => i18n.changeLanguage('id'));

describe('pdfWords', () => {
  it('gives a label for every id the PDF prints', () => {
    const { vocab } = pdfWords(i18n);
    const needed: [Record<string, string>, readonly string[]][] = [
      [vocab.levels, LEVELS],
      [vocab.fields, DEFAULT_FIELDS_OF_PRACTICE],
      [vocab.practiceLevels, PRACTICE_LEVELS],
      [vocab.practiceForms, PRACTICE_FORMS],
      [vocab.stages, HELPING_STAGES],
      [vocab.activityKinds, ACTIVITY_KINDS],
      [vocab.dimensions, PRACTICE_DIMENSIONS],
      [vocab.signoffStates, SIGNOFF_STATES],
      [vocab.evidenceTypes, EVIDENCE_TYPES],
      [vocab.cv.sections, CV_SECTION_IDS],
      [vocab.cv.fields, CV_FIELD_KEYS],
      ...Object.entries(CV_CHOICES).map(
        ([group, ids]): [Record<string, string>, readonly string[]] => [
          vocab.cv.choices[group as keyof typeof CV_CHOICES],
          ids,
        ],
      ),
    ];
    for (const [labels, ids] of needed) {
      for (const id of ids) expect(labels[id]?.trim(), id).toBeTruthy();
    }
  });

  it('keeps the placeholders for the PDF to fill, and every word is there', () => {
    const words = pdfWords(i18n);
    expect(words.common.page).toBe('Halaman {{page}} dari {{pages}}');
    expect(words.vocab.cv.ongoing).toBe('{{start}}–sekarang');
    for (const [key, text] of leaves(words as unknown as Tree))
      expect(text.trim(), key).not.toBe('');
  });

  it('follows the UI language', async () => {
    expect(pdfWords(i18n).vocab.levels.generalis).toBe('Pekerja Sosial Generalis');
    await i18n.changeLanguage('en');
    const words = pdfWords(i18n);
    expect(words.common.page).toBe('Page {{page}} of {{pages}}');
    expect(words.vocab.levels.generalis).toContain('Generalist Social Worker');
    expect(words.vocab.judgements).toEqual({ K: 'K', BK: 'BK' });
  });

  it('makes a portfolio in the app’s own words', () => {
    const dd = buildPortfolioDocument(typicalPortfolio(), {
      sections: PORTFOLIO_SECTIONS,
      words: pdfWords(i18n),
      verificationCode: 'KMP-7Q4R-9XWD-2M3H',
    });
    const text = JSON.stringify(dd.content);
    const page = { width: 595.28, height: 841.89, orientation: 'portrait' as const };
    expect(JSON.stringify((dd.footer as DynamicContent)(2, 9, page))).toContain('Halaman 2 dari 9');
    expect(text).toContain('Pekerja Sosial Generalis');
    expect(text).toContain('Ditandatangani langsung (tanpa verifikasi digital)');
    expect(text).toContain('Riwayat pendidikan');
    expect(text).toContain('Pekerja migran');
    expect(text).toContain('2020–sekarang');
    expect(text).toContain('32 jam');
  });
});
