import type { Content, DynamicContent, TDocumentDefinitions } from 'pdfmake/interfaces';
import { PORTFOLIO_SECTIONS, type PortfolioData, type PortfolioSection } from '../data';
import { LANGUAGE_TABLE } from '../../settings/language';
import { makeContext, type PdfContext } from './context';
import { apl02Section } from './sections/apl02';
import { contentsSection } from './sections/contents';
import { coverSection } from './sections/cover';
import { cvSection } from './sections/cv';
import { declarationSection } from './sections/declaration';
import { essaysSection } from './sections/essays';
import { evidenceSection } from './sections/evidence';
import { practiceSection } from './sections/practice';
import { summarySection } from './sections/summary';
import { COLORS, STYLES } from './styles';
import { fill, type PortfolioPdfWords } from './words';

export interface PortfolioDocumentOptions {
  /** Which sections to include; they are always printed in PORTFOLIO_SECTIONS order. */
  sections: readonly PortfolioSection[];
  words: PortfolioPdfWords;
  /** Printed on the cover, as text and as a QR code, and in every page's footer. */
  verificationCode: string;
}

const MARGIN_X = 50;

/**
 * The portfolio as a pdfmake document definition. Pure: it reads only its arguments, so it runs
 * in the PDF worker and in tests alike. Each section after the first starts on a new page.
 */
export function buildPortfolioDocument(
  data: PortfolioData,
  options: PortfolioDocumentOptions,
): TDocumentDefinitions {
  const { words, verificationCode } = options;
  const ctx = makeContext(data, words);
  const builders: Record<PortfolioSection, (ctx: PdfContext) => Content[]> = {
    cover: (c) => coverSection(c, verificationCode),
    contents: contentsSection,
    cv: cvSection,
    summary: summarySection,
    apl02: apl02Section,
    evidence: evidenceSection,
    essays: essaysSection,
    practice: practiceSection,
    declaration: declarationSection,
  };
  const included = PORTFOLIO_SECTIONS.filter((section) => options.sections.includes(section));
  const content = included.map((section, i): Content => ({
    stack: builders[section](ctx),
    ...(i > 0 ? { pageBreak: 'before' as const } : {}),
  }));
  // The cover is one page and carries no running header or footer.
  const plain = (page: number) => included[0] === 'cover' && page === 1;
  const header: DynamicContent = (page) =>
    plain(page)
      ? null
      : {
          columns: [
            { text: words.title, style: 'runningHead' },
            { text: ctx.name, style: 'runningHead', alignment: 'right' },
          ],
          margin: [MARGIN_X, 28, MARGIN_X, 0],
        };
  const footer: DynamicContent = (page, pages) =>
    plain(page)
      ? null
      : {
          columns: [
            { text: verificationCode, style: 'runningHead' },
            {
              text: fill(words.common.page, { page, pages }),
              style: 'runningHead',
              alignment: 'right',
            },
          ],
          margin: [MARGIN_X, 18, MARGIN_X, 0],
        };

  return {
    pageSize: 'A4',
    pageMargins: [MARGIN_X, 60, MARGIN_X, 56],
    language: LANGUAGE_TABLE[data.language].locale,
    info: {
      title: fill(words.info.title, { title: words.title, name: ctx.name }),
      author: ctx.hasName ? ctx.name : undefined,
      subject: words.info.subject,
      keywords: words.info.keywords,
      creator: 'Kompeten',
      creationDate: new Date(data.generatedAt),
    },
    defaultStyle: { font: 'Roboto', fontSize: 9.5, lineHeight: 1.2, color: COLORS.ink },
    styles: STYLES,
    header,
    footer,
    content,
  };
}
