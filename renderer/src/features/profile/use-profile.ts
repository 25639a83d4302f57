import { useLiveQuery } from 'dexie-react-hooks';
import type { StoredProfile } from '../../../../shared/profile/profile';
import { db } from '../../db';
import { loadProfile } from '../../db/profile-repository';

/** The saved profile: `undefined` while loading, `null` when none was saved yet. */
export function useProfile(): StoredProfile | null | undefined {
  return useLiveQuery(() => loadProfile(db), []);
}
