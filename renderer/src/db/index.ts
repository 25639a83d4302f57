import { KompetenDatabase } from './database';

/** The app's database. Tests make their own `KompetenDatabase` over fake-indexeddb. */
export const db = new KompetenDatabase();
