import { fileReviewCards } from '../exam/review';
import { TABLE_NAMES, TABLES } from './tables';

/**
 * The database schema version this code writes; `KompetenDatabase` declares the same number
 * (a test holds them together). A new Dexie version adds a step below.
 */
export const CURRENT_SCHEMA_VERSION = 7;

type RawTables = Record<string, unknown>;

/**
 * How a backup's data moves from one schema version to the next, mirroring the Dexie upgrade
 * of the same number. Most versions only added tables, which start out empty.
 */
const STEPS: Record<number, (tables: RawTables) => RawTables> = {
  2: addNewTables(2),
  3: addNewTables(3),
  4: addNewTables(4),
  5: addNewTables(5),
  6: addNewTables(6),
  7: (tables) => {
    // A file that already has the new table is left for the schemas to judge, as in addNewTables.
    if ('itemReviews' in tables) return addNewTables(7)(tables);
    const { reviewCards, ...rest } = tables;
    return addNewTables(7)({ ...rest, itemReviews: fileReviewCards(reviewCards) });
  },
};

function addNewTables(version: number) {
  return (tables: RawTables): RawTables => {
    // Rows a file holds for a table its version did not have yet are left for the schemas to
    // judge, never silently replaced.
    const added = TABLE_NAMES.filter((name) => TABLES[name].since === version && !(name in tables));
    return { ...tables, ...Object.fromEntries(added.map((name) => [name, []])) };
  };
}

/** Versions that have a step; a test checks that each version after the first has one. */
export const MIGRATED_VERSIONS = Object.keys(STEPS).map(Number);

/** A backup's tables brought from `schemaVersion` to the current one. */
export function migrateTables(tables: RawTables, schemaVersion: number): RawTables {
  let migrated = tables;
  for (let version = schemaVersion + 1; version <= CURRENT_SCHEMA_VERSION; version++) {
    const step = STEPS[version];
    if (!step) throw new Error(`No backup migration to schema version ${version}`);
    migrated = step(migrated);
  }
  return migrated;
}
