import Dexie from 'dexie';
import type { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * A database as a released schema version left it on a user's machine: the stores that version
 * declared (all tables so far, each exactly as shipped) and rows as the app of that version wrote
 * them. Blob values are written `{ "$blob": "<base64>", "type": "<mime type>" }`.
 */
export interface DatabaseFixture {
  schemaVersion: number;
  stores: Record<string, string>;
  tables: Record<string, Row[]>;
}

export type Row = Record<string, unknown>;

export const FIXTURE_DIRECTORY = resolve(import.meta.dirname, '../../fixtures/db');

const FILE_NAME = /^v(\d+)\.json$/;

/** The schema versions that have a fixture file, lowest first. */
export function fixtureVersions(): number[] {
  return readdirSync(FIXTURE_DIRECTORY)
    .map((name) => FILE_NAME.exec(name)?.[1])
    .filter((n) => n !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads `v{version}.json`; a file that is not a well-formed fixture throws, naming the problem. */
export function loadFixture(version: number): DatabaseFixture {
  const file = `v${version}.json`;
  const data: unknown = JSON.parse(readFileSync(resolve(FIXTURE_DIRECTORY, file), 'utf8'));
  const fail = (problem: string) => {
    throw new Error(`Fixture ${file}: ${problem}`);
  };
  if (!isRecord(data)) return fail('not a JSON object');
  const { schemaVersion, stores, tables } = data;
  if (schemaVersion !== version) fail(`schemaVersion is ${String(schemaVersion)}`);
  if (!isRecord(stores) || !Object.values(stores).every((spec) => typeof spec === 'string')) {
    return fail('stores must map each table to its Dexie schema string');
  }
  if (!isRecord(tables)) return fail('tables must map each table to its rows');
  const declared = Object.keys(stores).sort();
  if (JSON.stringify(Object.keys(tables).sort()) !== JSON.stringify(declared)) {
    fail(`tables (${Object.keys(tables).join(', ')}) differ from stores (${declared.join(', ')})`);
  }
  for (const [name, rows] of Object.entries(tables)) {
    if (!Array.isArray(rows) || !rows.every(isRecord)) fail(`${name} must be a list of objects`);
  }
  return data as unknown as DatabaseFixture;
}

interface EncodedBlob {
  $blob: string;
  type: string;
}

const isEncodedBlob = (value: unknown): value is EncodedBlob =>
  isRecord(value) && typeof value.$blob === 'string' && typeof value.type === 'string';

function decode(value: unknown): unknown {
  if (isEncodedBlob(value)) {
    const bytes = Uint8Array.from(atob(value.$blob), (c) => c.charCodeAt(0));
    return new Blob([bytes], { type: value.type });
  }
  if (Array.isArray(value)) return value.map(decode);
  if (isRecord(value))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decode(v)]));
  return value;
}

/** The rows the fixture holds, per table, with blobs as real Blobs: what the database must hold. */
export function expectedRows(fixture: DatabaseFixture): Record<string, Row[]> {
  return decode(fixture.tables) as Record<string, Row[]>;
}

/**
 * The rows a fixture's database holds once the current code has upgraded it, per table: its own
 * rows, except where an upgrade rewrites them. Each rewrite is stated here by hand, as what the
 * upgrade is meant to do, so the upgrade code is checked against it and not against itself.
 */
export function upgradedRows(fixture: DatabaseFixture): Record<string, Row[]> {
  let rows = expectedRows(fixture);
  if (fixture.schemaVersion < 7 && rows.reviewCards) {
    // v7: review cards are filed per bank; those from before belong to the default bank.
    const { reviewCards, ...rest } = rows;
    rows = {
      ...rest,
      itemReviews: reviewCards.map((card) => ({ ...card, bankId: 'kompeten-default-id-soal' })),
    };
  }
  if (fixture.schemaVersion < 8 && rows.practiceSessions) {
    // v8: the drills' table is renamed; its rows move unchanged.
    const { practiceSessions, ...rest } = rows;
    rows = { ...rest, drillSessions: practiceSessions };
  }
  return rows;
}

/**
 * Replaces every Blob in `value` with its bytes and type in the fixture's own notation, so rows
 * read back can be compared deeply (two Blobs otherwise look equal whatever they hold).
 */
export async function comparable(value: unknown): Promise<unknown> {
  if (value instanceof Blob) {
    const bytes = new Uint8Array(await value.arrayBuffer());
    return { $blob: btoa(String.fromCharCode(...bytes)), type: value.type };
  }
  if (Array.isArray(value)) return Promise.all(value.map(comparable));
  if (isRecord(value)) {
    const entries = await Promise.all(
      Object.entries(value).map(async ([k, v]) => [k, await comparable(v)] as const),
    );
    return Object.fromEntries(entries);
  }
  return value;
}

/**
 * Creates database `name` as the fixture's schema version left it: plain Dexie declaring the
 * fixture's stores at its version, holding its rows. Closed again when done.
 */
export async function createFixtureDatabase(
  fixture: DatabaseFixture,
  name: string,
  options: { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange },
): Promise<void> {
  const db = new Dexie(name, options);
  db.version(fixture.schemaVersion).stores(fixture.stores);
  const rows = expectedRows(fixture);
  try {
    await db.transaction('rw', db.tables, async () => {
      // bulkAdd, not bulkPut: a fixture listing one key twice is an error, not a quiet overwrite.
      for (const table of db.tables) await table.bulkAdd(rows[table.name] ?? []);
    });
  } finally {
    db.close();
  }
}
