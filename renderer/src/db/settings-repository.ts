import { settingsSchema, type Language, type Settings } from '../../../shared/settings/settings';
import { SINGLE_ROW_ID, type KompetenDatabase } from './database';

/** Settings with defaults filled in; a damaged value falls back to its default. */
export async function loadSettings(db: KompetenDatabase): Promise<Settings> {
  const { id: _id, ...stored } = (await db.settings.get(SINGLE_ROW_ID)) ?? { id: SINGLE_ROW_ID };
  return settingsSchema.parse(stored);
}

/** Changes some settings and keeps the others. */
export async function updateSettings(
  db: KompetenDatabase,
  change: Partial<Settings>,
): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const current = await loadSettings(db);
    await db.settings.put({ ...current, ...change, id: SINGLE_ROW_ID });
  });
}

export const saveLanguage = (db: KompetenDatabase, language: Language) =>
  updateSettings(db, { language });
