import type { Content, Size, TableCell } from 'pdfmake/interfaces';
import { CV_SECTIONS, type CvEntry, type CvField, type CvValues } from '../../cv';
import { dataTable, facts, heading, missing, spanRow, subheading, together } from '../blocks';
import type { PdfContext } from '../context';
import { fill } from '../words';

type Section = (typeof CV_SECTIONS)[number];

/** The CV in its 11 parts, in the editor's order; a part with nothing in it says so. */
export function cvSection(ctx: PdfContext): Content[] {
  const { data, words } = ctx;
  const content: Content[] = [heading(words.cv.title)];
  for (const section of CV_SECTIONS) {
    const entries = data.cv
      .filter((e) => e.section === section.id && hasValue(e.values))
      .sort((a, b) => a.order - b.order);
    const title = words.vocab.cv.sections[section.id];
    if (section.id === 'identity')
      content.push(identity(ctx, section, title, entries[0]?.values ?? {}));
    else if (entries.length === 0)
      content.push(together(subheading(title), missing(words.common.notFilled)));
    else content.push(part(ctx, section, title, entries));
  }
  return content;
}

const hasValue = (values: CvValues) => Object.values(values).some((v) => v.trim() !== '');

function identity(ctx: PdfContext, section: Section, title: string, values: CvValues): Content {
  const { words } = ctx;
  // pdfmake writes layout into each node, so every cell gets a node of its own.
  const notFilled = () => missing(words.common.notFilled);
  const rows: [string, Content][] = [
    [words.cv.name, ctx.hasName ? ctx.name : notFilled()],
    ...(section.fields as readonly CvField[]).map((field): [string, Content] => [
      words.vocab.cv.fields[field.key] ?? field.key,
      fieldValue(ctx, field, values) || notFilled(),
    ]),
  ];
  return together(subheading(title), facts(rows));
}

/** One row per entry; a period is one column, and long texts get a full-width row below. */
function part(ctx: PdfContext, section: Section, title: string, entries: CvEntry[]): Content {
  const { words } = ctx;
  const fields: readonly CvField[] = section.fields;
  const columns = fields.filter((f) => f.kind !== 'longText' && f.kind !== 'endYear');
  const long = fields.filter((f) => f.kind === 'longText');
  const header = columns.map((f) =>
    f.key === 'startYear' ? words.cv.period : (words.vocab.cv.fields[f.key] ?? f.key),
  );
  const widths: Size[] = columns.map((f) => (f.kind === 'text' ? '*' : 'auto'));
  const none = () => ({ text: words.common.none, style: 'muted' });
  const rows: TableCell[][] = entries.flatMap((entry) => {
    const main = columns.map((field): TableCell => {
      const value =
        field.key === 'startYear'
          ? period(ctx, entry.values)
          : fieldValue(ctx, field, entry.values);
      return value ? { text: value } : none();
    });
    const details = long
      .map((field) => ({ field, value: entry.values[field.key]?.trim() ?? '' }))
      .filter(({ value }) => value !== '')
      .map(({ field, value }) =>
        spanRow(
          {
            text: [
              { text: `${words.vocab.cv.fields[field.key] ?? field.key}: `, bold: true },
              value,
            ],
          },
          'paragraph',
          columns.length,
        ),
      );
    return [main, ...details];
  });
  return dataTable(header, rows, widths, title);
}

function period(ctx: PdfContext, values: CvValues): string {
  const start = values.startYear?.trim() ?? '';
  const end = values.endYear?.trim() ?? '';
  if (start && end) return `${start}–${end}`;
  return start ? fill(ctx.words.vocab.cv.ongoing, { start }) : end;
}

function fieldValue(ctx: PdfContext, field: CvField, values: CvValues): string {
  const value = values[field.key]?.trim() ?? '';
  if (!value) return '';
  const { cv } = ctx.words.vocab;
  switch (field.kind) {
    case 'date':
      return ctx.format.longDate(value);
    case 'hours':
      return fill(cv.hours, { hours: value });
    case 'choice':
      return (cv.choices[field.choices] as Readonly<Record<string, string>>)[value] ?? value;
    default:
      return value;
  }
}
