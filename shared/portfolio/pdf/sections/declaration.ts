import type { Column, Content, ContentCanvas } from 'pdfmake/interfaces';
import { heading, missing, together } from '../blocks';
import type { PdfContext } from '../context';
import { COLORS } from '../styles';
import { fill } from '../words';

const LINE = 220;

/** A line to write on, with its caption under it. */
const writeOn = (caption: string, space = 28): Content[] => [
  { canvas: [line(LINE)], margin: [0, space, 0, 2] },
  { text: caption, style: 'muted' },
];

const line = (width: number): ContentCanvas['canvas'][number] => ({
  type: 'line',
  x1: 0,
  y1: 0,
  x2: width,
  y2: 0,
  lineWidth: 0.6,
  lineColor: COLORS.ink,
});

const box = (): Column => ({
  canvas: [{ type: 'rect', x: 0, y: 1, w: 8, h: 8, lineWidth: 0.6, lineColor: COLORS.ink }],
  width: 14,
});

/** The candidate's statement and a block for the assessor, both signed on paper. */
export function declarationSection(ctx: PdfContext): Content[] {
  const { words } = ctx;
  const d = words.declaration;
  const candidate = together(
    { text: d.candidateTitle, style: 'h2' },
    {
      // Without a name, leave room to write it by hand rather than print the marker mid-sentence.
      text: fill(d.statement, { name: ctx.hasName ? ctx.name : '…………………………' }),
      style: 'paragraph',
      alignment: 'justify',
    },
    ...writeOn(d.placeDate),
    ...writeOn(d.signature, 48),
    ctx.hasName ? { text: ctx.name, bold: true, margin: [0, 2, 0, 0] } : missing(ctx.name),
    { text: d.candidate, style: 'muted' },
  );
  const assessor = together(
    { text: d.assessorTitle, style: 'h2', margin: [0, 28, 0, 5] },
    { text: d.assessorIntro, style: 'note' },
    { text: d.recommendation, bold: true, margin: [0, 0, 0, 4] },
    { columns: [box(), { text: d.proceed, width: '*' }], margin: [0, 0, 0, 3] },
    { columns: [box(), { text: d.notProceed, width: '*' }] },
    { text: d.notes, bold: true, margin: [0, 12, 0, 0] },
    ...[0, 1, 2].map((): Content => ({ canvas: [line(495)], margin: [0, 18, 0, 0] })),
    {
      columns: [
        { width: '*', stack: [...writeOn(d.assessor, 40), ...writeOn(d.registration, 24)] },
        { width: '*', stack: [...writeOn(d.placeDate, 40), ...writeOn(d.signature, 24)] },
      ],
      columnGap: 24,
    },
  );
  return [heading(d.title), candidate, assessor];
}
