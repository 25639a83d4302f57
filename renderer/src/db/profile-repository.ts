import {
  profileSchema,
  type ProfileInput,
  type StoredProfile,
} from '../../../shared/profile/profile';
import { SINGLE_ROW_ID, type KompetenDatabase } from './database';

export async function loadProfile(db: KompetenDatabase): Promise<StoredProfile | null> {
  const row = await db.profile.get(SINGLE_ROW_ID);
  if (!row) return null;
  const { id: _id, ...profile } = row;
  return profile;
}

/**
 * Validates and saves the profile. Invalid input throws the zod error and writes nothing,
 * so the repository never stores what the form would reject.
 */
export async function saveProfile(
  db: KompetenDatabase,
  input: ProfileInput,
  now: Date = new Date(),
): Promise<StoredProfile> {
  const profile = profileSchema.parse(input);
  const stored: StoredProfile = { ...profile, updatedAt: now.toISOString() };
  await db.profile.put({ ...stored, id: SINGLE_ROW_ID });
  return stored;
}
