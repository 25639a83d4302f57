import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, SCHEMA_HISTORY, schemaVersions, storesAt } from './schema-history';
import { dexieSpec, FILE_TABLE, TABLE_NAMES, TABLES, USER_DATA_TABLES } from './tables';

describe('schema history', () => {
  it('lists each version once, in order', () => {
    const versions = SCHEMA_HISTORY.map((step) => step.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(schemaVersions().map((v) => v.version)).toEqual(
      Array.from({ length: CURRENT_SCHEMA_VERSION }, (_, i) => i + 1),
    );
  });

  it('declares every table at the version it starts, with its descriptor’s key and indexes', () => {
    for (const name of TABLE_NAMES) {
      expect(storesAt(TABLES[name].since)[name]).toBe(dexieSpec(name));
      for (const { version } of schemaVersions())
        if (version !== TABLES[name].since) expect(storesAt(version)[name]).toBeUndefined();
    }
    expect(storesAt(FILE_TABLE.since)[FILE_TABLE.name]).toBe('id');
  });

  it('derives row keys from the primary key, compound keys as JSON', () => {
    expect(TABLES.practiceEntries.key({ id: 'e1' } as never)).toBe('e1');
    expect(TABLES.answers.key({ roundId: 'r|1', criterionId: 'c' } as never)).toBe('["r|1","c"]');
  });

  it('counts settings, packs and rounds alone as no user data', () => {
    expect(USER_DATA_TABLES).not.toContain('settings');
    expect(USER_DATA_TABLES).not.toContain('packs');
    expect(USER_DATA_TABLES).toContain('practiceEntries');
  });
});
