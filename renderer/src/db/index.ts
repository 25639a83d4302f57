import { KompetenDatabase } from './database';
import { watchQuota } from './quota-watch';

/** The app's database. Tests make their own `KompetenDatabase` over fake-indexeddb. */
export const db = new KompetenDatabase();
watchQuota(db);
