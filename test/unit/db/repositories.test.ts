import { ZodError } from 'zod';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KompetenDatabase } from '../../../renderer/src/db/database';
import {
  loadProfile,
  requestingCandidate,
  saveProfile,
} from '../../../renderer/src/db/profile-repository';
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
      candidateId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      updatedAt: '2026-11-23T10:00:00.000Z',
    });
  });

  it('keeps one profile: a second save replaces the first, keeping the candidate’s identity', async () => {
    const first = await saveProfile(db, profile);
    await saveProfile(db, { ...profile, fullName: 'Siti R.' });
    expect(await db.profile.count()).toBe(1);
    const saved = await loadProfile(db);
    expect(saved?.fullName).toBe('Siti R.');
    expect(saved?.candidateId).toBe(first.candidateId);
  });

  it('gives a profile saved before identities existed one, once, when a request names it', async () => {
    await db.profile.put({
      id: 'me',
      ...EMPTY_PROFILE_INPUT,
      fullName: 'Siti Rahmawati',
      targetLevel: 'asisten',
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    const candidate = await requestingCandidate(db);
    expect(candidate).toEqual({ name: 'Siti Rahmawati', strNumber: '', id: expect.any(String) });
    expect(await requestingCandidate(db)).toEqual(candidate);
    const stored = await loadProfile(db);
    expect(stored?.candidateId).toBe(candidate?.id);
    // Nothing the user wrote changed.
    expect(stored?.updatedAt).toBe('2026-01-01T00:00:00.000Z');
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
