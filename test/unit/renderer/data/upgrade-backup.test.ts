import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../../../shared/backup/migrate';
import { readBackup } from '../../../../shared/backup/read';
import { KompetenDatabase } from '../../../../renderer/src/db/database';
import { backupBeforeUpgrade } from '../../../../renderer/src/features/data/upgrade-backup';
import type { AutoBackups } from '../../../../renderer/src/platform/bridge';
import { createFixtureDatabase, expectedRows, loadFixture } from '../../db/fixture-database';

const NAME = 'kompeten';

/** The main process's backup folder as the renderer sees it, in memory. */
function fakeFolder(previousVersion: string | null, currentVersion = '2.0.0') {
  const written: { reason: string; data: Uint8Array; verno: number | null }[] = [];
  let seen = previousVersion;
  let onWrite: () => Promise<number | null> = async () => null;
  const folder: AutoBackups = {
    list: async () => ({ files: [], folder: '/tmp', freeBytes: null }),
    write: async (reason, data) => {
      written.push({ reason, data, verno: await onWrite() });
      return { name: `x-${reason}`, createdAt: new Date().toISOString(), reason, size: 1 };
    },
    read: async () => ({ status: 'missing' }),
    versionCheck: async () => ({ previousVersion: seen, currentVersion }),
    markVersionSeen: async () => {
      seen = currentVersion;
    },
    onQuit: () => undefined,
  };
  return {
    folder,
    written,
    seen: () => seen,
    whenWriting: (f: () => Promise<number | null>) => (onWrite = f),
  };
}

describe('backup before an upgrade', () => {
  it('copies a version-4 database as it is, before the current schema opens it', async () => {
    const options = { indexedDB: new IDBFactory(), IDBKeyRange };
    const fixture = loadFixture(4);
    await createFixtureDatabase(fixture, NAME, options);
    const fake = fakeFolder('1.3.0');
    // While the backup is written, the database on disk is still at version 4.
    fake.whenWriting(async () => {
      const probe = new Dexie(NAME, options);
      await probe.open();
      const verno = probe.verno;
      probe.close();
      return verno;
    });

    expect(await backupBeforeUpgrade(fake.folder, options, NAME)).toBe('backed-up');
    expect(fake.written).toHaveLength(1);
    expect(fake.written[0]?.reason).toBe('upgrade');
    expect(fake.written[0]?.verno).toBe(4);
    expect(fake.seen()).toBe('2.0.0');

    const read = await readBackup(fake.written[0]!.data as Uint8Array<ArrayBuffer>);
    if (!read.ok) throw new Error(JSON.stringify(read.problem));
    expect(read.meta.schemaVersion).toBe(4);
    expect(read.meta.appVersion).toBe('1.3.0');
    const rows = expectedRows(fixture);
    expect(read.snapshot.tables.profile).toEqual(rows['profile']);
    expect(read.snapshot.tables.evidence).toEqual(rows['evidence']);
    expect(read.snapshot.files.map((f) => f.id).sort()).toEqual(
      rows['evidenceFiles']!.map((f) => f['id']).sort(),
    );
    // Migrated on the way in: tables of version 5 are there, empty.
    expect(read.snapshot.tables.practiceEntries).toEqual([]);

    // The app then opens and upgrades as usual.
    const db = new KompetenDatabase(NAME, options);
    expect(await db.profile.count()).toBe(1);
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    db.close();
  });

  it('does nothing but remember the version on a first start', async () => {
    const options = { indexedDB: new IDBFactory(), IDBKeyRange };
    const fake = fakeFolder(null);
    expect(await backupBeforeUpgrade(fake.folder, options, NAME)).toBe('no-database');
    expect(fake.written).toHaveLength(0);
    expect(fake.seen()).toBe('2.0.0');
    // Checking left no database behind.
    expect(await options.indexedDB.databases()).toEqual([]);
  });

  it('does nothing when the version has not changed', async () => {
    const options = { indexedDB: new IDBFactory(), IDBKeyRange };
    await createFixtureDatabase(loadFixture(5), NAME, options);
    const fake = fakeFolder('2.0.0');
    expect(await backupBeforeUpgrade(fake.folder, options, NAME)).toBe('same-version');
    expect(fake.written).toHaveLength(0);
  });
});
