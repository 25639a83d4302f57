import {
  profileSchema,
  type ProfileInput,
  type StoredProfile,
} from '../../../shared/profile/profile';
import { changedFields, withChanges } from '../../../shared/forms/changes';
import { SINGLE_ROW_ID, type KompetenDatabase } from './database';

export async function loadProfile(db: KompetenDatabase): Promise<StoredProfile | null> {
  const row = await db.profile.get(SINGLE_ROW_ID);
  if (!row) return null;
  const { id: _id, ...profile } = row;
  return profile;
}

/**
 * Validates and saves the profile. Invalid input throws the zod error and writes nothing,
 * so the repository never stores what the form would reject. With `base`, the values the form
 * started from, only the fields the user changed are written over the profile as it is now
 * (another tab, or a restore, may have changed the rest meanwhile).
 */
export async function saveProfile(
  db: KompetenDatabase,
  input: ProfileInput,
  { now = new Date(), base }: { now?: Date; base?: ProfileInput } = {},
): Promise<StoredProfile> {
  return db.transaction('rw', db.profile, async () => {
    const current = await loadProfile(db);
    const merged =
      base && current ? withChanges(inputOf(current), input, changedFields(base, input)) : input;
    const stored: StoredProfile = {
      ...profileSchema.parse(merged),
      candidateId: current?.candidateId ?? crypto.randomUUID(),
      updatedAt: now.toISOString(),
    };
    await db.profile.put({ ...stored, id: SINGLE_ROW_ID });
    return stored;
  });
}

/**
 * The candidate as a sign-off request names them, with their stable identity: made now for a
 * profile saved before identities existed (without touching `updatedAt`: nothing the user
 * wrote changed). Null when there is no profile yet.
 */
export async function requestingCandidate(
  db: KompetenDatabase,
): Promise<{ name: string; strNumber: string; id: string } | null> {
  return db.transaction('rw', db.profile, async () => {
    const row = await db.profile.get(SINGLE_ROW_ID);
    if (!row) return null;
    const id = row.candidateId ?? crypto.randomUUID();
    if (!row.candidateId) await db.profile.update(SINGLE_ROW_ID, { candidateId: id });
    return { name: row.fullName, strNumber: row.strNumber, id };
  });
}

/** A stored profile as the form holds it. */
export function inputOf(profile: StoredProfile): ProfileInput {
  const { updatedAt: _updatedAt, candidateId: _candidateId, ...input } = profile;
  return input;
}
