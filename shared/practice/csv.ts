import Papa from 'papaparse';
import {
  entryTiming,
  parseDuration,
  PRACTICE_ERRORS,
  practiceEntryInputSchema,
  type PracticeEntry,
  type PracticeEntryData,
  type PracticeEntryInput,
} from './entry';

/**
 * The practice log as a spreadsheet file, both ways. Import never throws on a bad file: whole-file
 * problems and per-row issues are codes with details, so the renderer can say what is wrong and
 * where (line and column) in the user's language.
 */

type CsvKey = keyof PracticeEntryInput;

/** Export order. Headers are Indonesian; aliases let English spreadsheets import too. */
export const CSV_COLUMNS = [
  { key: 'date', header: 'tanggal', aliases: ['date'] },
  { key: 'startTime', header: 'mulai', aliases: ['start'] },
  { key: 'endTime', header: 'selesai', aliases: ['end'] },
  { key: 'duration', header: 'durasi_jam', aliases: ['duration_hours'] },
  { key: 'agency', header: 'lembaga', aliases: ['agency'] },
  { key: 'setting', header: 'setting', aliases: [] },
  { key: 'field', header: 'bidang', aliases: ['field'] },
  { key: 'practiceLevel', header: 'level', aliases: [] },
  { key: 'practiceForm', header: 'bentuk', aliases: ['form'] },
  { key: 'stage', header: 'tahap', aliases: ['stage'] },
  { key: 'activityKind', header: 'jenis_kegiatan', aliases: ['activity'] },
  { key: 'criterionRefs', header: 'kriteria', aliases: ['criteria'] },
  { key: 'narrative', header: 'narasi', aliases: ['narrative'] },
  { key: 'supervisorId', header: 'supervisor', aliases: [] },
] as const satisfies readonly { key: CsvKey; header: string; aliases: readonly string[] }[];

const HEADER_OF = Object.fromEntries(CSV_COLUMNS.map((c) => [c.key, c.header])) as Record<
  CsvKey,
  string
>;

/** Row issues that only a file can have; rows also carry PRACTICE_ERRORS codes from the schema. */
export const CSV_ERRORS = {
  unknownChoice: 'unknownChoice',
  unknownSupervisor: 'unknownSupervisor',
  extraCells: 'extraCells',
  durationMismatch: 'durationMismatch',
  badQuotes: 'badQuotes',
} as const;

/** Columns whose cells are one of a vocabulary's ids, written as a label. */
const CHOICE_COLUMNS = ['field', 'practiceLevel', 'practiceForm', 'stage', 'activityKind'] as const;
export type CsvChoiceColumn = (typeof CHOICE_COLUMNS)[number];

export interface CsvVocabulary {
  /** Per choice column, each allowed id and the labels a spreadsheet may use for it; labels[0] is written on export. */
  choices: Record<CsvChoiceColumn, readonly { id: string; labels: readonly string[] }[]>;
  supervisors: readonly { id: string; name: string }[];
  /** Pack id put in front of criterion ids written without one ("BOS-02.1.1" -> `${defaultPackId}/BOS-02.1.1`). */
  defaultPackId: string;
}

export type CsvSeparator = ';' | ',';

/** What makes a whole file unusable; size and encoding are checked before (FILE_KINDS.csv). */
export type CsvProblem =
  | { kind: 'empty' }
  | { kind: 'missing-columns'; columns: string[] }
  | { kind: 'duplicate-columns'; columns: string[] }
  | { kind: 'too-many-rows'; rows: number; maxRows: number };

/** `column` is the header as written in the file, or '' for the row as a whole. */
export interface CsvRowIssue {
  line: number;
  column: string;
  code: string;
  value: string;
}

/** `data` is set only when the row has no issues. */
export interface CsvRow {
  line: number;
  input: PracticeEntryInput;
  data: PracticeEntryData | null;
  issues: CsvRowIssue[];
}

export type CsvParseResult =
  | { ok: false; problem: CsvProblem }
  | {
      ok: true;
      rows: CsvRow[];
      issueCount: number;
      separator: CsvSeparator;
      /** How slash dates were read, and whether some could have been read the other way. */
      dateOrder: DateOrder;
      ambiguousDates: boolean;
      /** Header names the app does not know (the first few, as written) and how many there are. */
      ignoredColumns: { names: string[]; count: number };
    };

/** How many ignored column names the preview lists; a file may have thousands. */
export const MAX_LISTED_COLUMNS = 10;

export const CSV_LIMITS = { maxBytes: 10 * 1024 * 1024, maxRows: 50_000 };

const BOM = '\uFEFF';
const LINE_BREAK = /\r\n|\r|\n/g;

// A spreadsheet runs a cell starting with one of these as a formula. A leading apostrophe makes
// it text; apostrophes already in front are escaped too, so removing one on import is lossless.
const FORMULA_START = /^'*[=+\-@\t\r]/;
const ESCAPED_FORMULA = /^'(?='*[=+\-@\t\r])/;

const escapeFormula = (value: string) => (FORMULA_START.test(value) ? `'${value}` : value);
const unescapeFormula = (value: string) => value.replace(ESCAPED_FORMULA, '');

/** How a header or a choice is compared: case, surrounding and repeated spaces don't matter. */
const looseText = (value: string) => value.trim().replace(/\s+/g, ' ').toLowerCase();
const looseHeader = (value: string) => looseText(value).replace(/[\s-]+/g, '_');

const COLUMN_BY_NAME = new Map<string, CsvKey>(
  CSV_COLUMNS.flatMap((c) => [c.header, ...c.aliases].map((name) => [name, c.key] as const)),
);

/** Hours with at most two decimals and no trailing zeros: 90 → "1,5" (or "1.5"). */
function hoursText(minutes: number, decimalMark: ',' | '.'): string {
  return String(Math.round((minutes / 60) * 100) / 100).replace('.', decimalMark);
}

export function practiceToCsv(
  entries: readonly PracticeEntry[],
  vocab: CsvVocabulary,
  { separator = ';' }: { separator?: CsvSeparator } = {},
): string {
  // An id missing from the vocabulary is written as is, so the import names it instead of
  // the export dropping it.
  const label = (column: CsvChoiceColumn, id: string) =>
    id && (vocab.choices[column].find((c) => c.id === id)?.labels[0] ?? id);
  const supervisorName = new Map(vocab.supervisors.map((s) => [s.id, s.name]));
  const data = entries.map((entry) => {
    const values: Record<CsvKey, string> = {
      date: entry.date,
      startTime: entry.startTime,
      endTime: entry.endTime,
      duration: hoursText(entry.minutes, separator === ';' ? ',' : '.'),
      agency: entry.agency,
      setting: entry.setting,
      field: label('field', entry.field),
      practiceLevel: label('practiceLevel', entry.practiceLevel),
      practiceForm: label('practiceForm', entry.practiceForm),
      stage: label('stage', entry.stage),
      activityKind: label('activityKind', entry.activityKind),
      criterionRefs: entry.criterionRefs.join(', '),
      narrative: entry.narrative,
      supervisorId:
        entry.supervisorId && (supervisorName.get(entry.supervisorId) ?? entry.supervisorId),
    };
    return CSV_COLUMNS.map((c) => escapeFormula(values[c.key]));
  });
  const fields = CSV_COLUMNS.map((c) => c.header);
  // The BOM makes Excel read UTF-8; CRLF is what it writes itself.
  return `${BOM}${Papa.unparse({ fields, data }, { delimiter: separator, newline: '\r\n' })}\r\n`;
}

/**
 * The first line with anything but spaces, separators and quotes in it, found without splitting
 * the whole file; null when there is none.
 */
function headerLine(text: string): string | null {
  const start = text.search(/[^\s;,"]/);
  if (start < 0) return null;
  const lineStart = Math.max(text.lastIndexOf('\n', start), text.lastIndexOf('\r', start)) + 1;
  const length = text.slice(start).search(/[\r\n]/);
  return text.slice(lineStart, length < 0 ? undefined : start + length);
}

/** The separator that splits the header into more known columns; `;` on a tie (Excel in Indonesia). */
function detectSeparator(line: string): CsvSeparator {
  const known = (separator: CsvSeparator) => {
    const cells = Papa.parse<string[]>(line, { delimiter: separator }).data[0] ?? [];
    return new Set(cells.map((cell) => COLUMN_BY_NAME.get(looseHeader(cell))).filter(Boolean)).size;
  };
  return known(',') > known(';') ? ',' : ';';
}

interface RawRecord {
  cells: string[];
  line: number;
  badQuotes: boolean;
}

interface Header {
  columns: Map<CsvKey, { index: number; name: string }>;
  width: number;
  ignored: string[];
}

function readHeader(cells: readonly string[]): Header | CsvProblem {
  const columns: Header['columns'] = new Map();
  const duplicates = new Set<string>();
  const ignored: string[] = [];
  cells.forEach((cell, index) => {
    const key = COLUMN_BY_NAME.get(looseHeader(cell));
    if (!key) {
      // Said in the preview, so a misspelt column is not silently lost; blank ones are padding.
      if (cell.trim() !== '') ignored.push(cell.trim());
      return;
    }
    if (columns.has(key)) duplicates.add(HEADER_OF[key]);
    else columns.set(key, { index, name: cell.trim() });
  });
  const has = (key: CsvKey) => columns.has(key);
  const required: CsvKey[] = ['date', 'agency', 'field', 'activityKind'];
  const missing = new Set(required.filter((key) => !has(key)));
  // Time is given as a duration or as start and end; name what would complete the nearer one.
  if (!has('duration') && !(has('startTime') && has('endTime'))) {
    missing.add(has('startTime') ? 'endTime' : has('endTime') ? 'startTime' : 'duration');
  }
  if (missing.size > 0) {
    const headers = CSV_COLUMNS.filter((c) => missing.has(c.key)).map((c) => c.header);
    return { kind: 'missing-columns', columns: headers };
  }
  if (duplicates.size > 0) return { kind: 'duplicate-columns', columns: [...duplicates] };
  return { columns, width: cells.length, ignored };
}

/** How a file writes its slash dates: day first (Indonesian) or month first (US). */
export type DateOrder = 'dmy' | 'mdy';

const SLASH_DATE = /^(\d{1,2})([/-])(\d{1,2})\2(\d{4})$/;

/**
 * The file's date order, from dates that can only be read one way (a first number above 12 is
 * a day; a second one above 12 makes it month first). Day first unless the file shows otherwise;
 * `ambiguous` when some dates could be read both ways and nothing in the file decides.
 */
export function fileDateOrder(dates: readonly string[]): { order: DateOrder; ambiguous: boolean } {
  let dayFirst = false;
  let monthFirst = false;
  let either = false;
  for (const date of dates) {
    const match = SLASH_DATE.exec(date.trim());
    if (!match) continue;
    const [a, b] = [Number(match[1]), Number(match[3])];
    if (a > 12) dayFirst = true;
    else if (b > 12) monthFirst = true;
    else if (a !== b) either = true;
  }
  const order = monthFirst && !dayFirst ? 'mdy' : 'dmy';
  return { order, ambiguous: either && !dayFirst && !monthFirst };
}

/** 5/3/2026 or 05-03-2026 → 2026-03-05 (day first); anything else is left for the schema. */
function isoDate(value: string, order: DateOrder): string {
  const text = value.trim();
  const match = SLASH_DATE.exec(text);
  if (!match) return text;
  const [, first = '', , second = '', year = ''] = match;
  const [day, month] = order === 'dmy' ? [first, second] : [second, first];
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/**
 * Spreadsheets write 8:30, 8.30 or 08:30:00 where the log keeps 08:30, the form's time inputs
 * only show that, and sorting and signed text must not depend on how it was typed.
 */
function clockTime(value: string): string {
  const text = value.trim();
  const match = /^(\d{1,2})[:.](\d{2})(?::00)?$/.exec(text);
  return match ? `${(match[1] ?? '').padStart(2, '0')}:${match[2]}` : text;
}

const PRACTICE_CODES = new Set<string>(Object.values(PRACTICE_ERRORS));

interface RowContext {
  header: Header;
  separator: CsvSeparator;
  choices: Record<CsvChoiceColumn, Map<string, string>>;
  supervisors: Map<string, string>;
  defaultPackId: string;
  schema: ReturnType<typeof practiceEntryInputSchema>;
  dateOrder: DateOrder;
}

function readRow({ cells, line, badQuotes }: RawRecord, ctx: RowContext): CsvRow {
  const { columns, width } = ctx.header;
  const raw = (key: CsvKey) => {
    const column = columns.get(key);
    return column ? (cells[column.index] ?? '') : '';
  };
  const cell = (key: CsvKey) => unescapeFormula(raw(key));
  // Issues are listed left to right as the columns stand in the file, whole-row ones first.
  const found: { at: number; issue: CsvRowIssue }[] = [];
  const rowIssue = (code: string, value: string) =>
    found.push({ at: -1, issue: { line, column: '', code, value } });
  // One issue per column, the first found: the file's own checks come before the schema, so an
  // unknown choice is not repeated as "required".
  const flagged = new Set<CsvKey>();
  const flag = (key: CsvKey, code: string) => {
    if (flagged.has(key)) return;
    flagged.add(key);
    const column = columns.get(key);
    found.push({
      at: column?.index ?? width,
      issue: { line, column: column?.name ?? HEADER_OF[key], code, value: raw(key) },
    });
  };

  // papaparse reads on past a broken quote, so the rest of the file may sit in this row.
  if (badQuotes) rowIssue(CSV_ERRORS.badQuotes, '');
  const extra = cells.slice(width);
  // Trailing empty cells are what spreadsheets leave behind, not data.
  if (extra.some((c) => c.trim() !== '')) {
    rowIssue(CSV_ERRORS.extraCells, extra.join(ctx.separator));
  }

  const choice = (key: CsvChoiceColumn) => {
    const text = cell(key);
    if (!text.trim()) return '';
    const id = ctx.choices[key].get(looseText(text));
    if (id === undefined) flag(key, CSV_ERRORS.unknownChoice);
    return id ?? '';
  };
  const supervisor = cell('supervisorId');
  const supervisorId = supervisor.trim() ? ctx.supervisors.get(looseText(supervisor)) : '';
  if (supervisorId === undefined) flag('supervisorId', CSV_ERRORS.unknownSupervisor);

  const startTime = clockTime(cell('startTime'));
  const endTime = clockTime(cell('endTime'));
  const duration = cell('duration').trim();
  // With both times the duration only cross-checks them, as the log keeps one or the other.
  const timed = startTime !== '' && endTime !== '';
  if (timed && duration) {
    const timing = entryTiming({ startTime, endTime, duration: '' });
    const minutes = parseDuration(duration);
    if (minutes === null) flag('duration', PRACTICE_ERRORS.durationFormat);
    else if ('minutes' in timing && Math.abs(minutes - timing.minutes) > 1) {
      flag('duration', CSV_ERRORS.durationMismatch);
    }
  }

  // Choice cells hold a vocabulary id or '' (blank or unknown); the schema has the last word.
  const input = {
    date: isoDate(cell('date'), ctx.dateOrder),
    startTime,
    endTime,
    duration: timed ? '' : duration,
    agency: cell('agency'),
    setting: cell('setting'),
    field: choice('field'),
    practiceLevel: choice('practiceLevel'),
    practiceForm: choice('practiceForm'),
    stage: choice('stage'),
    activityKind: choice('activityKind'),
    criterionRefs: cell('criterionRefs')
      .split(/[|,;\s]+/)
      .filter(Boolean)
      .map((ref) => (ref.includes('/') ? ref : `${ctx.defaultPackId}/${ref}`)),
    narrative: cell('narrative'),
    supervisorId: supervisorId ?? '',
  } as PracticeEntryInput;

  const parsed = ctx.schema.safeParse(input);
  for (const issue of parsed.error?.issues ?? []) {
    // Unlabelled schema checks are length limits, or a vocabulary id the schema does not know.
    const code = PRACTICE_CODES.has(issue.message)
      ? issue.message
      : issue.code === 'too_big'
        ? PRACTICE_ERRORS.tooLong
        : CSV_ERRORS.unknownChoice;
    flag(issue.path[0] as CsvKey, code);
  }
  const issues = found.sort((a, b) => a.at - b.at).map((f) => f.issue);
  return { line, input, data: parsed.success && issues.length === 0 ? parsed.data : null, issues };
}

/** Reads a CSV file's text; its bytes are decoded (size, UTF-8) by FILE_KINDS.csv first. */
export function parsePracticeCsv(
  csvText: string,
  vocab: CsvVocabulary,
  today: string,
  { maxRows }: { maxRows: number } = CSV_LIMITS,
): CsvParseResult {
  const text = csvText.startsWith(BOM) ? csvText.slice(1) : csvText;
  const firstLine = headerLine(text);
  if (firstLine === null) return { ok: false, problem: { kind: 'empty' } };
  const separator = detectSeparator(firstLine);

  // Lines are counted as a spreadsheet shows them: a quoted cell with line breaks spans several.
  // Records past the row limit are only counted, so a huge file is not held twice.
  const records: RawRecord[] = [];
  let recordCount = 0;
  let nextLine = 1;
  Papa.parse<string[]>(text, {
    delimiter: separator,
    step: ({ data: cells, errors }) => {
      const line = nextLine;
      nextLine += 1 + cells.reduce((sum, c) => sum + (c.match(LINE_BREAK)?.length ?? 0), 0);
      if (cells.every((c) => c.trim() === '')) return;
      recordCount += 1;
      if (recordCount <= maxRows + 1) {
        records.push({ cells, line, badQuotes: errors.some((e) => e.type === 'Quotes') });
      }
    },
  });

  const [headerRecord, ...rowRecords] = records;
  if (!headerRecord) return { ok: false, problem: { kind: 'empty' } };
  const header = readHeader(headerRecord.cells);
  if ('kind' in header) return { ok: false, problem: header };
  const rowCount = recordCount - 1;
  if (rowCount > maxRows) {
    return {
      ok: false,
      problem: { kind: 'too-many-rows', rows: rowCount, maxRows },
    };
  }

  const dateColumn = header.columns.get('date')?.index;
  const dates = fileDateOrder(
    dateColumn === undefined ? [] : rowRecords.map((r) => r.cells[dateColumn] ?? ''),
  );
  const choiceMap = (column: CsvChoiceColumn) =>
    new Map(
      vocab.choices[column]
        .flatMap((c) => [c.id, ...c.labels].map((name) => [looseText(name), c.id] as const))
        .reverse(), // the first of clashing names wins
    );
  const ctx: RowContext = {
    header,
    separator,
    choices: Object.fromEntries(
      CHOICE_COLUMNS.map((c) => [c, choiceMap(c)]),
    ) as RowContext['choices'],
    supervisors: new Map(
      vocab.supervisors.map((s) => [looseText(s.name), s.id] as const).reverse(),
    ),
    defaultPackId: vocab.defaultPackId,
    schema: practiceEntryInputSchema(today),
    dateOrder: dates.order,
  };
  const rows = rowRecords.map((record) => readRow(record, ctx));
  return {
    ok: true,
    rows,
    issueCount: rows.reduce((sum, row) => sum + row.issues.length, 0),
    separator,
    dateOrder: dates.order,
    ambiguousDates: dates.ambiguous,
    ignoredColumns: {
      names: header.ignored.slice(0, MAX_LISTED_COLUMNS).map((name) => name.slice(0, 60)),
      count: header.ignored.length,
    },
  };
}
