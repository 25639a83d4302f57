/**
 * The UI languages. A module of its own, imported by settings, the portfolio data and the IPC
 * contract alike, so none of them has to load the others (the main process imports the contract
 * and needs only this list, not the settings schema with its practice and PDF options).
 */
export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'id';
