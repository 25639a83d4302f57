import { fileReviewCards } from '../exam/review';
import { dexieSpec, FILE_TABLE, TABLE_NAMES, TABLES } from './tables';

/** What an upgrade needs of a Dexie transaction (shared code never imports Dexie). */
export interface UpgradeTransaction {
  table(name: string): {
    toArray(): Promise<unknown[]>;
    bulkAdd(rows: readonly unknown[]): Promise<unknown>;
  };
}

type RawTables = Record<string, unknown>;

interface SchemaVersion {
  version: number;
  /** Stores beyond the tables that start at this version: retired tables, changed indexes. */
  stores?: Record<string, string | null>;
  /** Moves the data of a database opened at an earlier version (Dexie's `upgrade`). */
  upgrade?(tx: UpgradeTransaction): Promise<void>;
  /** The same move for a backup made at an earlier version, before the new tables are added. */
  migrateBackup?(tables: RawTables): RawTables;
}

/**
 * Every schema version, in order, once: its stores, its database upgrade and its backup step.
 * Tables that start at a version come from their descriptors (`since`), so adding a table adds
 * no line here; a version that moves data adds an entry. Released versions are frozen: a test
 * holds each against its fixture (test/fixtures/db).
 */
export const SCHEMA_HISTORY: readonly SchemaVersion[] = [
  { version: 1 },
  { version: 2 },
  { version: 3 },
  { version: 4 },
  { version: 5 },
  // v6 kept review cards per item id; v7 retired that table.
  { version: 6, stores: { reviewCards: 'itemId, due' } },
  {
    // Review cards are keyed by bank and item now (banks name their items independently);
    // IndexedDB cannot change a table's key, so the cards move to a new table, and the old one
    // stays readable until the move is done. v7 also started the drills' table, which v8 renamed.
    version: 7,
    stores: { reviewCards: null, practiceSessions: 'id, startedAt' },
    async upgrade(tx) {
      const cards = await tx.table('reviewCards').toArray();
      await tx.table('itemReviews').bulkAdd(fileReviewCards(cards) as unknown[]);
    },
    migrateBackup(tables) {
      // A file that already has the new table is left for the schemas to judge.
      if ('itemReviews' in tables) return tables;
      const { reviewCards, ...rest } = tables;
      return { ...rest, itemReviews: fileReviewCards(reviewCards) };
    },
  },
  {
    // The exam's drills were stored as `practiceSessions`, beside the practice log's
    // `practiceEntries`; IndexedDB cannot rename a table, so the rows move, unchanged.
    version: 8,
    stores: { practiceSessions: null },
    async upgrade(tx) {
      await tx.table('drillSessions').bulkAdd(await tx.table('practiceSessions').toArray());
    },
    migrateBackup(tables) {
      if ('drillSessions' in tables) return tables;
      const { practiceSessions, ...rest } = tables;
      return { ...rest, drillSessions: practiceSessions ?? [] };
    },
  },
];

/** The schema version this code writes. */
export const CURRENT_SCHEMA_VERSION = Math.max(
  ...SCHEMA_HISTORY.map((step) => step.version),
  ...TABLE_NAMES.map((name) => TABLES[name].since),
);

/** What Dexie is told at `version`: the tables that start there, and the entry's own stores. */
export function storesAt(version: number): Record<string, string | null> {
  const starting = TABLE_NAMES.filter((name) => TABLES[name].since === version).map(
    (name) => [name, dexieSpec(name)] as const,
  );
  const files =
    FILE_TABLE.since === version ? [[FILE_TABLE.name, FILE_TABLE.primaryKey] as const] : [];
  const step = SCHEMA_HISTORY.find((entry) => entry.version === version);
  return { ...Object.fromEntries([...starting, ...files]), ...step?.stores };
}

/** Every version from 1 to the current one, each with its entry (or none). */
export const schemaVersions = (): { version: number; step: SchemaVersion | undefined }[] =>
  Array.from({ length: CURRENT_SCHEMA_VERSION }, (_, i) => ({
    version: i + 1,
    step: SCHEMA_HISTORY.find((entry) => entry.version === i + 1),
  }));
