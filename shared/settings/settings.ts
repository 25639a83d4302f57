import { z } from 'zod';

export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'id';

/** App-wide preferences, stored as one row. Unknown or broken values fall back to defaults. */
export const settingsSchema = z.object({
  language: z.enum(LANGUAGES).catch(DEFAULT_LANGUAGE),
  /** The framework pack in use (`id@version`); none means the built-in pack. */
  activePackKey: z.string().optional().catch(undefined),
});

export type Settings = z.output<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});
