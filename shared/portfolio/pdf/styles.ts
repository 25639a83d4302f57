import type { CustomTableLayout, StyleDictionary } from 'pdfmake/interfaces';

/** A restrained palette: dark blue headings, grey rules, warm and red only for what needs notice. */
export const COLORS = {
  ink: '#1f2933',
  accent: '#1f3a5f',
  muted: '#5f6b7a',
  rule: '#c5ccd6',
  headerFill: '#e8edf3',
  elementFill: '#f4f6f9',
  warn: '#8a4b00',
  warnFill: '#fff4e0',
  bad: '#b42318',
  badFill: '#fde8e8',
} as const;

export const STYLES: StyleDictionary = {
  // No letter spacing anywhere: it breaks copying and text extraction of names and the code.
  kicker: { fontSize: 10, color: COLORS.accent },
  coverTitle: { fontSize: 26, bold: true, color: COLORS.accent, margin: [0, 4, 0, 28] },
  coverName: { fontSize: 20, bold: true, margin: [0, 0, 0, 16] },
  code: {
    fontSize: 20,
    bold: true,
    color: COLORS.accent,
    margin: [0, 4, 0, 8],
  },
  h1: { fontSize: 16, bold: true, color: COLORS.accent, margin: [0, 0, 0, 10] },
  h2: { fontSize: 11.5, bold: true, color: COLORS.accent, margin: [0, 12, 0, 5] },
  h3: { fontSize: 10, bold: true, margin: [0, 8, 0, 3] },
  paragraph: { margin: [0, 0, 0, 6] },
  note: { fontSize: 8.5, color: COLORS.muted, margin: [0, 0, 0, 8] },
  muted: { fontSize: 8, color: COLORS.muted },
  label: { color: COLORS.muted },
  missing: { italics: true, color: COLORS.warn },
  bad: { bold: true, color: COLORS.bad },
  table: { fontSize: 8.5, margin: [0, 2, 0, 10] },
  tableTitle: { fontSize: 11.5, bold: true, color: COLORS.accent, margin: [-4, 8, 0, 2] },
  element: { bold: true, fillColor: COLORS.elementFill },
  th: { bold: true, color: COLORS.accent, fillColor: COLORS.headerFill },
  tocTitle: { fontSize: 16, bold: true, color: COLORS.accent, margin: [0, 0, 0, 12] },
  tocEntry: { fontSize: 10.5, margin: [0, 3, 0, 3] },
  runningHead: { fontSize: 8, color: COLORS.muted },
};

/** Thin grey rules everywhere; every function is constant, so long tables stay cheap. */
export const GRID_LAYOUT: CustomTableLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: COLORS.rule,
  vLineColor: COLORS.rule,
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 2.5,
  paddingBottom: () => 2.5,
};

/** The grid under a title row: no rule above the title (covered cells would draw one). */
export const TITLED_LAYOUT: CustomTableLayout = {
  ...GRID_LAYOUT,
  hLineWidth: (i) => (i === 0 ? 0 : 0.5),
};
