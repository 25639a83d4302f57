import { settingsSchema, type Language, type Settings } from '../../../shared/settings/settings';
import { SINGLE_ROW_ID, type KompetenDatabase } from './database';

/** Settings with defaults filled in; a damaged value falls back to its default. */
export async function loadSettings(db: KompetenDatabase): Promise<Settings> {
  const { id: _id, ...stored } = (await db.settings.get(SINGLE_ROW_ID)) ?? { id: SINGLE_ROW_ID };
  return settingsSchema.parse(stored);
}

export async function saveLanguage(db: KompetenDatabase, language: Language): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const current = await loadSettings(db);
    await db.settings.put({ ...current, language, id: SINGLE_ROW_ID });
  });
}
