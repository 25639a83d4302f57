import { useLiveQuery } from 'dexie-react-hooks';
import { DEFAULT_PRACTICE_CONFIG, type PracticeConfig } from '../../../../shared/practice/config';
import { useDb } from '../../db/context';
import type { KompetenDatabase } from '../../db/database';
import { loadSettings, updateSettings } from '../../db/settings-repository';

/** Fields of practice and targets; `undefined` while loading. */
export function usePracticeConfig() {
  const db = useDb();
  return useLiveQuery(async () => (await loadSettings(db)).practice, [db]);
}

/** Changes part of the practice configuration and keeps the rest. */
export async function savePracticeConfig(
  db: KompetenDatabase,
  change: Partial<PracticeConfig>,
): Promise<void> {
  const current = (await loadSettings(db)).practice ?? DEFAULT_PRACTICE_CONFIG;
  await updateSettings(db, { practice: { ...current, ...change } });
}
