import { createContext, useContext } from 'react';
import type { KompetenDatabase } from './database';

const DbContext = createContext<KompetenDatabase | null>(null);

/**
 * The database the screens read and write. main.tsx provides the app's own; a component test
 * provides one over fake-indexeddb, so no test has to replace a module to swap it.
 */
export const DbProvider = DbContext.Provider;

export function useDb(): KompetenDatabase {
  const db = useContext(DbContext);
  if (!db) throw new Error('useDb() needs a <DbProvider> above it');
  return db;
}
