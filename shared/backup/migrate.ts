import { CURRENT_SCHEMA_VERSION, schemaVersions } from '../storage/schema-history';
import { TABLE_NAMES, TABLES } from '../storage/tables';

export { CURRENT_SCHEMA_VERSION };

type RawTables = Record<string, unknown>;

/**
 * How a backup's data moves from one schema version to the next, mirroring the Dexie upgrade
 * of the same number (both come from SCHEMA_HISTORY). Most versions only added tables, which
 * start out empty.
 */
function stepTo(version: number, migrate?: (tables: RawTables) => RawTables) {
  return (tables: RawTables): RawTables => {
    const moved = migrate ? migrate(tables) : tables;
    // Rows a file holds for a table its version did not have yet are left for the schemas to
    // judge, never silently replaced.
    const added = TABLE_NAMES.filter((name) => TABLES[name].since === version && !(name in moved));
    return { ...moved, ...Object.fromEntries(added.map((name) => [name, []])) };
  };
}

const STEPS = new Map(
  schemaVersions()
    .filter(({ version }) => version > 1)
    .map(({ version, step }) => [version, stepTo(version, step?.migrateBackup)]),
);

/** Versions that have a step; a test checks that each version after the first has one. */
export const MIGRATED_VERSIONS = [...STEPS.keys()];

/** A backup's tables brought from `schemaVersion` to the current one. */
export function migrateTables(tables: RawTables, schemaVersion: number): RawTables {
  let migrated = tables;
  for (let version = schemaVersion + 1; version <= CURRENT_SCHEMA_VERSION; version++) {
    const step = STEPS.get(version);
    if (!step) throw new Error(`No backup migration to schema version ${version}`);
    migrated = step(migrated);
  }
  return migrated;
}
