import type { Content } from 'pdfmake/interfaces';
import type { PdfContext } from '../context';

/** Filled in by pdfmake from every section heading, with its page number. */
export function contentsSection(ctx: PdfContext): Content[] {
  return [
    {
      toc: {
        title: { text: ctx.words.contents.title, style: 'tocTitle' },
        textStyle: 'tocEntry',
        numberStyle: 'tocEntry',
      },
    },
  ];
}
