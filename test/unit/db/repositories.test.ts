import { ZodError } from 'zod';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KompetenDatabase } from '../../../renderer/src/db/database';
import { loadProfile, saveProfile } from '../../../renderer/src/db/profile-repository';
import { loadSettings, saveLanguage } from '../../../renderer/src/db/settings-repository';
import { EMPTY_PROFILE_INPUT, type ProfileInput } from '../../../shared/profile/profile';
import { testDatabase } from './test-database';

let db: KompetenDatabase;
beforeEach(() => {
  db = testDatabase();
});
afterEach(() => db.close());

const profile: ProfileInput = {
  ...EMPTY_PROFILE_INPUT,
  fullName: '  Siti Rahmawati  ',
  targetLevel: 'asisten',
  fieldsOfPractice: ['disabilitas'],
};

describe('profile repository', () => {
  it('has no profile on first start', async () => {
    expect(await loadProfile(db)).toBeNull();
  });

  it('saves a valid profile, normalised, with the time it was saved', async () => {
    const now = new Date('2026-11-23T10:00:00Z');
    await saveProfile(db, profile, { now });
    expect(await loadProfile(db)).toEqual({
      ...EMPTY_PROFILE_INPUT,
      fullName: 'Siti Rahmawati',
      targetLevel: 'asisten',
      fieldsOfPractice: ['disabilitas'],
      updatedAt: '2026-11-23T10:00:00.000Z',
    });
  });

  it('keeps one profile: a second save replaces the first', async () => {
    await saveProfile(db, profile);
    await saveProfile(db, { ...profile, fullName: 'Siti R.' });
    expect(await db.profile.count()).toBe(1);
    expect((await loadProfile(db))?.fullName).toBe('Siti R.');
  });

  it('refuses invalid input and leaves the saved profile untouched', async () => {
    await saveProfile(db, profile);
    const before = await loadProfile(db);
    await expect(saveProfile(db, { ...profile, fullName: '' })).rejects.toBeInstanceOf(ZodError);
    expect(await loadProfile(db)).toEqual(before);
  });

  it('survives closing and reopening the database', async () => {
    await saveProfile(db, profile);
    db.close();
    await db.open();
    expect((await loadProfile(db))?.fullName).toBe('Siti Rahmawati');
  });
});

describe('settings repository', () => {
  it('starts in Indonesian', async () => {
    expect((await loadSettings(db)).language).toBe('id');
  });

  it('remembers the language', async () => {
    await saveLanguage(db, 'en');
    expect((await loadSettings(db)).language).toBe('en');
    await saveLanguage(db, 'id');
    expect((await loadSettings(db)).language).toBe('id');
  });

  it('reads a damaged stored value as the default instead of failing', async () => {
    await db.settings.put({ id: 'me', language: 'klingon' as never });
    expect((await loadSettings(db)).language).toBe('id');
  });
});
