/**
 * papaparse as shared/ uses it: parsing and writing CSV text, synchronously.
 *
 * tsconfig.shared.json maps `papaparse` here instead of to @types/papaparse, because that
 * package starts with `/// <reference types="node" />` (for its Node stream input) and would give
 * all of shared/ Node's globals. These declarations are copied from @types/papaparse 5.5, keeping
 * only the string overloads; test/unit/architecture/papaparse-types.test.ts checks that the real
 * functions still fit them. Everywhere else (renderer, tests) sees @types/papaparse itself.
 */

export interface ParseConfig<T = unknown> {
  /** The delimiting character; guessed from the first lines when left out. */
  delimiter?: string | ((input: string) => string) | undefined;
  newline?: '\r' | '\n' | '\r\n' | undefined;
  quoteChar?: string | undefined;
  escapeChar?: string | undefined;
  header?: boolean | undefined;
  preview?: number | undefined;
  comments?: false | string | undefined;
  skipEmptyLines?: boolean | 'greedy' | undefined;
  /** Called for each record, with `data` holding that one record. */
  step?(results: ParseStepResult<T>, parser: Parser): void;
}

export interface Parser {
  abort(): void;
  pause(): void;
  resume(): void;
}

export interface ParseError {
  type: 'Quotes' | 'Delimiter' | 'FieldMismatch';
  code:
    'MissingQuotes' | 'UndetectableDelimiter' | 'TooFewFields' | 'TooManyFields' | 'InvalidQuotes';
  message: string;
  row?: number | undefined;
  index?: number | undefined;
}

export interface ParseMeta {
  delimiter: string;
  linebreak: string;
  aborted: boolean;
  fields?: string[] | undefined;
  truncated: boolean;
  cursor: number;
}

export interface ParseStepResult<T> {
  data: T;
  errors: ParseError[];
  meta: ParseMeta;
}

export interface ParseResult<T> {
  data: T[];
  errors: ParseError[];
  meta: ParseMeta;
}

export interface UnparseConfig {
  quotes?: boolean | boolean[] | ((value: unknown, columnIndex: number) => boolean) | undefined;
  quoteChar?: string | undefined;
  escapeChar?: string | undefined;
  delimiter?: string | undefined;
  header?: boolean | undefined;
  newline?: string | undefined;
  skipEmptyLines?: boolean | 'greedy' | undefined;
  columns?: string[] | undefined;
  escapeFormulae?: boolean | RegExp | undefined;
}

export interface UnparseObject<T> {
  fields: string[];
  data: T[];
}

/** Parses a string; with `step`, each record goes to it and `data` stays empty. */
export function parse<T>(
  csvString: string,
  config?: ParseConfig<T> & { download?: false | undefined; worker?: false | undefined },
): ParseResult<T>;

/** Writes rows (arrays or objects, or `fields` with `data`) as CSV text. */
export function unparse<T>(data: T[] | UnparseObject<T>, config?: UnparseConfig): string;
