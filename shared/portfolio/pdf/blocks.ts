import type {
  Content,
  ContentStack,
  ContentTable,
  ContentText,
  Size,
  TableCell,
  TableCellProperties,
} from 'pdfmake/interfaces';
import { GRID_LAYOUT, TITLED_LAYOUT } from './styles';

/** A section's title: listed in the contents and as a bookmark of the PDF. */
export const heading = (text: string): ContentText & { tocItem: true } => ({
  text,
  style: 'h1',
  tocItem: true,
  outline: true,
});

export const subheading = (text: string): ContentText => ({ text, style: 'h2' });

/** What the candidate has not filled in yet: said in words, never left blank. */
export const missing = (text: string): ContentText => ({ text, style: 'missing' });

export const note = (text: string): ContentText => ({ text, style: 'note' });

/** Small blocks that must not be split over two pages, e.g. a heading with its first lines. */
export const together = (...stack: Content[]): ContentStack => ({ stack, unbreakable: true });

/**
 * A table whose header repeats on every page it runs over. A title, when given, is the first
 * header row, so it can never be left alone at the foot of a page (pdfmake cannot split an
 * unbreakable block over pages, so long tables cannot be kept with a heading that way). Rows are
 * never split, and the header never stands alone.
 */
export function dataTable(
  header: readonly string[],
  rows: TableCell[][],
  widths: Size[],
  title?: Content,
): ContentTable {
  const columns = header.map((text): TableCell => ({ text, style: 'th' }));
  // A title reads as a heading standing on the table, not as a boxed row.
  const unboxed: TableCellProperties['border'] = [false, false, false, false];
  const titleRow =
    title === undefined ? [] : [spanRow(title, 'tableTitle', header.length, unboxed)];
  return {
    table: {
      headerRows: titleRow.length + 1,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths,
      body: [...titleRow, columns, ...rows],
    },
    layout: title === undefined ? GRID_LAYOUT : TITLED_LAYOUT,
    style: 'table',
  };
}

/** A row of one cell across every column, e.g. an element within a unit. */
export function spanRow(
  content: Content,
  style: string,
  columns: number,
  border?: TableCellProperties['border'],
): TableCell[] {
  const filler: TableCell[] = Array.from({ length: columns - 1 }, () => ({}));
  return [{ stack: [content], style, colSpan: columns, ...(border ? { border } : {}) }, ...filler];
}

/** Label–value pairs without rules, for the cover and the head of a form. */
export function facts(rows: readonly [string, Content][]): ContentTable {
  return {
    table: {
      widths: [150, '*'],
      body: rows.map(([label, value]) => [{ text: label, style: 'label' }, value]),
    },
    layout: 'noBorders',
    margin: [0, 0, 0, 10],
  };
}
