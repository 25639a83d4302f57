import { useLiveQuery } from 'dexie-react-hooks';
import type { StoredProfile } from '../../../shared/profile/profile';
import { useDb } from '../db/context';
import { loadProfile } from '../db/profile-repository';

/** The saved profile: `undefined` while loading, `null` when none was saved yet. */
export function useProfile(): StoredProfile | null | undefined {
  const db = useDb();
  return useLiveQuery(() => loadProfile(db), []);
}
