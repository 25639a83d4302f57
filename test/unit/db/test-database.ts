import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { KompetenDatabase } from '../../../renderer/src/db/database';

/** A fresh, empty database per test over an in-memory IndexedDB. */
export function testDatabase(): KompetenDatabase {
  return new KompetenDatabase('kompeten-test', { indexedDB: new IDBFactory(), IDBKeyRange });
}
