import Dexie, { type DexieOptions, type Table } from 'dexie';
import { schemaVersions, storesAt } from '../../../shared/storage/schema-history';
import { FILE_TABLE, type Row, type TableName, TABLES } from '../../../shared/storage/tables';

/** Tables that hold a single record use this key. */
export const SINGLE_ROW_ID = 'me';

/**
 * Row types come from the table descriptors' schemas (shared/storage/tables.ts), so what Dexie
 * stores and what a backup accepts can never drift apart. The names stay for readability.
 */
export type ProfileRow = Row<'profile'>;
export type SettingsRow = Row<'settings'>;
/** An installed framework pack. Several versions of one pack may be installed side by side. */
export type PackRow = Row<'packs'>;
export type PackSource = PackRow['source'];
/**
 * An imported question bank; the default bank ships with the app and is not stored. No install
 * date: the same bank installed on two devices is the same row, which a backup merge can tell.
 */
export type QuestionBankRow = Row<'questionBanks'>;
/** A practice-log entry with where it stands with its supervisor. */
export type PracticeEntryRow = Row<'practiceEntries'>;
/** A supervisor the candidate works with. The key is blank until their key card is added. */
export type SupervisorRow = Row<'supervisors'>;
/** Supervisor mode: this user's own signing key; the private half only ever stored sealed. */
export type OwnKeyRow = Row<'ownKey'>;
/** A supervisor's key an assessor has checked against the supervisor's key card. */
export type KnownKeyRow = Row<'knownKeys'>;

/** An evidence file's bytes, stored apart so that listing evidence never loads them. */
export interface EvidenceFileRow {
  id: string;
  blob: Blob;
}

/** A table's key: a string, or the parts of a compound key. */
type KeyOf<T extends TableName> = (typeof TABLES)[T]['primaryKey'] extends `[${string}]`
  ? [string, string]
  : string;

type Tables = { [T in TableName]: Table<Row<T>, KeyOf<T>> } & {
  [FILE_TABLE.name]: Table<EvidenceFileRow, string>;
};

export const DATABASE_NAME = 'kompeten';

// Dexie declares tables at run time; this gives the class their types, all from the descriptors.
const TypedDexie = Dexie as unknown as new (name: string, options?: DexieOptions) => Dexie & Tables;

/**
 * The one IndexedDB database. Its versions come from SCHEMA_HISTORY, each with the tables that
 * start there and its upgrade; earlier versions stay declared so old databases upgrade step by
 * step.
 */
export class KompetenDatabase extends TypedDexie {
  constructor(name: string = DATABASE_NAME, options?: DexieOptions) {
    super(name, options);
    for (const { version, step } of schemaVersions()) {
      const declared = this.version(version).stores(storesAt(version));
      const upgrade = step?.upgrade;
      if (upgrade) declared.upgrade((tx) => upgrade(tx));
    }
  }
}
