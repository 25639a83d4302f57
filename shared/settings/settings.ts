import { z } from 'zod';
import { PORTFOLIO_SECTIONS } from '../portfolio/data';
import { DEFAULT_PRACTICE_CONFIG, practiceConfigSchema } from '../practice/config';
import { DEFAULT_LANGUAGE, LANGUAGES } from './language';

export { DEFAULT_LANGUAGE, isLanguage, LANGUAGE_TABLE, LANGUAGES, type Language } from './language';

/** App-wide preferences, stored as one row. Unknown or broken values fall back to defaults. */
export const settingsSchema = z.object({
  language: z.enum(LANGUAGES).catch(DEFAULT_LANGUAGE),
  /** The framework pack in use (`id@version`); none means the built-in pack. */
  activePackKey: z.string().optional().catch(undefined),
  /** The question bank in use (`id@version`); none means the bank that ships with the app. */
  activeBankKey: z.string().optional().catch(undefined),
  /** Fields of practice and hour targets for the practice log. */
  practice: practiceConfigSchema.catch(DEFAULT_PRACTICE_CONFIG),
  /** Opt-in system notifications (a backup overdue, a sign-off request unanswered). */
  notifications: z.boolean().catch(false),
  /** The last PDF export: which sections it had and when, offered again next time. */
  portfolioExport: z
    .object({
      sections: z.array(z.enum(PORTFOLIO_SECTIONS)).min(1),
      exportedAt: z.string().optional(),
    })
    .catch({ sections: [...PORTFOLIO_SECTIONS] }),
});

export type Settings = z.output<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});
