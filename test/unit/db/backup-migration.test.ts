import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { readSnapshot, restoreSnapshot } from '../../../renderer/src/db/backup-repository';
import { KompetenDatabase } from '../../../renderer/src/db/database';
import { sha256Hex } from '../../../shared/backup/checksum';
import { CURRENT_SCHEMA_VERSION, MIGRATED_VERSIONS } from '../../../shared/backup/migrate';
import { readBackup } from '../../../shared/backup/read';
import { TABLE_NAMES, TABLES } from '../../../shared/storage/tables';
import { craftBackup, sortedSnapshot } from '../../support/snapshot';
import {
  comparable,
  createFixtureDatabase,
  expectedRows,
  fixtureVersions,
  loadFixture,
  upgradedRows,
  type DatabaseFixture,
  type Row,
} from './fixture-database';

/**
 * A backup made by an older app holds the tables of its schema version. Each fixture database
 * stands in for one: written as that version's backup, it must read and restore into the current
 * database as exactly the fixture's rows, with the tables added since then empty.
 */

const options = () => ({ indexedDB: new IDBFactory(), IDBKeyRange });
const open: KompetenDatabase[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

/** The fixture as a backup of its own schema version: tables in data.json, blobs as files. */
async function backupOf(fixture: DatabaseFixture): Promise<Uint8Array<ArrayBuffer>> {
  const { evidenceFiles = [], ...tables } = expectedRows(fixture);
  const files = await Promise.all(
    evidenceFiles.map(async (row) => {
      const blob = row.blob as Blob;
      return {
        id: row.id as string,
        type: blob.type,
        bytes: new Uint8Array(await blob.arrayBuffer()),
      };
    }),
  );
  const listed = await Promise.all(
    files.map(async (f) => ({
      id: f.id,
      type: f.type,
      size: f.bytes.length,
      sha256: await sha256Hex(f.bytes),
    })),
  );
  return craftBackup({
    data: { tables, files: listed },
    manifest: { schemaVersion: fixture.schemaVersion, appVersion: `0.${fixture.schemaVersion}.0` },
    entries: Object.fromEntries(files.map((f, i) => [`files/${i}`, f.bytes])),
  });
}

/** Every table's rows by primary key, blobs in the fixture's notation. */
async function rowsIn(db: KompetenDatabase): Promise<Record<string, unknown>> {
  const names = db.tables.map((t) => t.name).sort();
  const entries = await Promise.all(
    names.map(async (name) => [name, await comparable(await db.table(name).toArray())] as const),
  );
  return Object.fromEntries(entries);
}

const sortRows = (name: string, rows: Row[]) => {
  const key =
    name === 'evidenceFiles'
      ? (row: unknown) => (row as { id: string }).id
      : (TABLES[name as keyof typeof TABLES].key as (row: unknown) => string);
  return [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
};

const olderVersions = fixtureVersions().filter((v) => v < CURRENT_SCHEMA_VERSION);

describe('backups from older app versions', () => {
  it('exist for every older schema version, each with a migration step after it', () => {
    expect(olderVersions).toEqual(
      Array.from({ length: CURRENT_SCHEMA_VERSION - 1 }, (_, i) => i + 1),
    );
    for (const v of olderVersions) expect(MIGRATED_VERSIONS).toContain(v + 1);
  });

  it.each([...olderVersions, CURRENT_SCHEMA_VERSION])(
    'read and restore a schema %i backup as exactly its rows',
    async (version) => {
      const fixture = loadFixture(version);
      const read = await readBackup(await backupOf(fixture));
      if (!read.ok) throw new Error(JSON.stringify(read.problem));
      expect(read.meta).toMatchObject({ schemaVersion: version, appVersion: `0.${version}.0` });

      // Tables that version did not have yet arrive empty, unless an upgrade fills them from
      // older rows; the others hold the fixture's rows.
      const fixtureRows = upgradedRows(fixture);
      for (const name of TABLE_NAMES) {
        expect(read.snapshot.tables[name], name).toEqual(fixtureRows[name] ?? []);
      }

      const db = new KompetenDatabase(`restored-${version}`, options());
      open.push(db);
      await restoreSnapshot(db, read.snapshot, 'replace');
      const restored = await rowsIn(db);
      const expected = (await comparable(upgradedRows(fixture))) as Record<string, Row[]>;
      for (const name of db.tables.map((t) => t.name)) {
        expect(restored[name], name).toEqual(sortRows(name, expected[name] ?? []));
      }
    },
  );

  it.each(olderVersions)(
    'restore a schema %i backup as the database upgraded from that version holds it',
    async (version) => {
      const fixture = loadFixture(version);
      const factory = options();
      await createFixtureDatabase(fixture, 'upgraded', factory);
      const upgraded = new KompetenDatabase('upgraded', factory);
      open.push(upgraded);

      const read = await readBackup(await backupOf(fixture));
      if (!read.ok) throw new Error(JSON.stringify(read.problem));
      const restored = new KompetenDatabase(`restored-${version}`, options());
      open.push(restored);
      await restoreSnapshot(restored, read.snapshot, 'replace');

      expect(sortedSnapshot(await readSnapshot(restored))).toEqual(
        sortedSnapshot(await readSnapshot(upgraded)),
      );
    },
  );
});
