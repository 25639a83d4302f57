import { useLiveQuery } from 'dexie-react-hooks';
import { DEFAULT_PRACTICE_CONFIG, type PracticeConfig } from '../../../../shared/practice/config';
import { db } from '../../db';
import { listPracticeEntries } from '../../db/practice-repository';
import { loadSettings, updateSettings } from '../../db/settings-repository';
import { listSupervisors, loadOwnKey } from '../../db/supervisor-repository';

/** Every practice entry, newest first; `undefined` while loading. */
export const usePracticeEntries = () => useLiveQuery(() => listPracticeEntries(db), []);

/** Supervisors by name; `undefined` while loading. */
export const useSupervisors = () => useLiveQuery(() => listSupervisors(db), []);

/** Supervisor mode's own key; `null` when none was made yet, `undefined` while loading. */
export const useOwnKey = () => useLiveQuery(async () => (await loadOwnKey(db)) ?? null, []);

/** Fields of practice and targets; `undefined` while loading. */
export const usePracticeConfig = () =>
  useLiveQuery(async () => (await loadSettings(db)).practice, []);

/** Changes part of the practice configuration and keeps the rest. */
export async function savePracticeConfig(change: Partial<PracticeConfig>): Promise<void> {
  const current = (await loadSettings(db)).practice ?? DEFAULT_PRACTICE_CONFIG;
  await updateSettings(db, { practice: { ...current, ...change } });
}
