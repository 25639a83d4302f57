import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { test } from 'vitest';
import { KompetenDatabase } from '../renderer/src/db/database';
import { loadProfile, saveProfile } from '../renderer/src/db/profile-repository';
import { EMPTY_PROFILE_INPUT } from '../shared/profile/profile';
import { measure } from './harness';

test('profile save and load (validation + Dexie, in-memory IndexedDB)', async () => {
  const db = new KompetenDatabase('bench', { indexedDB: new IDBFactory(), IDBKeyRange });
  const input = {
    ...EMPTY_PROFILE_INPUT,
    fullName: 'Ni Made Ayu Rahayu',
    targetLevel: 'generalis' as const,
    fieldsOfPractice: ['anak' as const, 'komunitas' as const],
  };
  await measure('save profile (validate + put)', 200, () => saveProfile(db, input));
  await measure('load profile', 200, () => loadProfile(db));
  db.close();
});
