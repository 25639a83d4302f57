import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { FrameworkPack } from '../../../shared/framework/pack';
import type { StoredProfile } from '../../../shared/profile/profile';
import type { Settings } from '../../../shared/settings/settings';

/** Tables that hold a single record use this key. */
export const SINGLE_ROW_ID = 'me';

export type ProfileRow = StoredProfile & { id: typeof SINGLE_ROW_ID };
export type SettingsRow = Partial<Settings> & { id: typeof SINGLE_ROW_ID };

export type PackSource = 'builtin' | 'imported';

/** An installed framework pack. Several versions of one pack may be installed side by side. */
export interface PackRow {
  /** `${id}@${version}`: assessments refer to a pack by this key. */
  key: string;
  id: string;
  version: string;
  title: string;
  source: PackSource;
  installedAt: string;
  pack: FrameworkPack;
}

export const DATABASE_NAME = 'kompeten';

/**
 * The one IndexedDB database. Every schema change adds a new `version(n)` with an upgrade
 * function; earlier versions stay declared so old databases upgrade step by step.
 */
export class KompetenDatabase extends Dexie {
  profile!: Table<ProfileRow, string>;
  settings!: Table<SettingsRow, string>;
  packs!: Table<PackRow, string>;

  constructor(name: string = DATABASE_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({ profile: 'id', settings: 'id' });
    // v2: framework packs. New table only, so no upgrade function is needed.
    this.version(2).stores({ packs: 'key, id, source' });
  }
}
