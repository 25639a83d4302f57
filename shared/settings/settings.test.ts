import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, settingsSchema } from './settings';

describe('settings', () => {
  it('defaults to Indonesian', () => {
    expect(DEFAULT_SETTINGS.language).toBe('id');
  });

  it('keeps a valid stored language', () => {
    expect(settingsSchema.parse({ language: 'en' }).language).toBe('en');
  });

  it('falls back to the default when a stored value is damaged', () => {
    expect(settingsSchema.parse({ language: 'fr' }).language).toBe('id');
    expect(settingsSchema.parse({ language: 42 }).language).toBe('id');
  });
});
