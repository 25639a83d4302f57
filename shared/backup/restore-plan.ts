import { canonicalJson } from '../signing/canonical-json';
import type { BackupSnapshot, EvidenceBytes } from './format';
import {
  TABLE_NAMES,
  TABLES,
  type BackupTables,
  type Row,
  type TableName,
} from '../storage/tables';

export const RESTORE_MODES = ['replace', 'merge'] as const;
export type RestoreMode = (typeof RESTORE_MODES)[number];

/** What a record in the file is, next to the same record here. */
type Standing = 'added' | 'newerInFile' | 'newerHere' | 'differ' | 'same';

/** How one table in a backup compares with the same table here. */
export interface TableComparison {
  inFile: number;
  here: number;
  /** In the file only: both modes bring them in. */
  added: number;
  /** In both, the file's is newer: merging takes it. */
  newerInFile: number;
  /** In both, the one here is newer: merging keeps it. */
  newerHere: number;
  /** In both and different, with no date to tell which is newer: merging keeps the one here. */
  differ: number;
  same: number;
  /** Here only: merging keeps them, replacing removes them. */
  onlyHere: number;
}

export type Comparison = Record<TableName, TableComparison>;

type AnyTable = {
  key: (row: unknown) => string;
  stamp?: (row: unknown) => string;
};
const tableOf = (name: TableName) => TABLES[name] as unknown as AnyTable;

function standing(name: TableName, inFile: unknown, here: unknown | undefined): Standing {
  if (here === undefined) return 'added';
  if (canonicalJson(inFile) === canonicalJson(here)) return 'same';
  const { stamp } = tableOf(name);
  if (!stamp) return 'differ';
  const [a, b] = [stamp(inFile), stamp(here)];
  return a > b ? 'newerInFile' : a < b ? 'newerHere' : 'differ';
}

function eachRow(
  name: TableName,
  file: BackupTables,
  here: BackupTables,
  visit: (row: unknown, standing: Standing) => void,
): Map<string, unknown> {
  const { key } = tableOf(name);
  const hereByKey = new Map<string, unknown>(here[name].map((row) => [key(row), row]));
  for (const row of file[name]) visit(row, standing(name, row, hereByKey.get(key(row))));
  return hereByKey;
}

/** Counts for a table before any record was compared. */
export const noDifferences = (inFile: number, here: number): TableComparison => ({
  inFile,
  here,
  added: 0,
  newerInFile: 0,
  newerHere: 0,
  differ: 0,
  same: 0,
  onlyHere: 0,
});

/** Table by table: how many records each side has and how they relate. */
export function compareTables(file: BackupTables, here: BackupTables): Comparison {
  const entries = TABLE_NAMES.map((name) => {
    const counts = noDifferences(file[name].length, here[name].length);
    eachRow(name, file, here, (_row, s) => counts[s]++);
    counts.onlyHere = counts.here - (counts.inFile - counts.added);
    return [name, counts] as const;
  });
  return Object.fromEntries(entries) as Comparison;
}

/** What a merge writes: newer records win, and every record here that is not older stays. */
export interface MergePlan {
  puts: { [T in TableName]: Row<T>[] };
  /** Files of evidence items taken from the backup. */
  files: EvidenceBytes[];
  /** Evidence items taken from the backup without a file, whose file here must go. */
  removeFiles: string[];
}

export function planMerge(file: BackupSnapshot, here: BackupTables): MergePlan {
  const puts = Object.fromEntries(
    TABLE_NAMES.map((name) => {
      const rows: unknown[] = [];
      eachRow(name, file.tables, here, (row, s) => {
        if (s === 'added' || s === 'newerInFile') rows.push(row);
      });
      return [name, rows];
    }),
  ) as MergePlan['puts'];
  // An evidence item's file goes with it: the file from the backup, or none.
  const taken = new Map(puts.evidence.map((e) => [e.id, e]));
  const files = file.files.filter((f) => taken.has(f.id));
  const removeFiles = puts.evidence.filter((e) => !e.file).map((e) => e.id);
  return { puts, files, removeFiles };
}
