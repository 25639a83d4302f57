/**
 * The three certification levels (jenjang) named in the competency standard.
 * Labels are translated in the renderer; these ids are what we store.
 */
export const LEVELS = ['asisten', 'generalis', 'spesialis'] as const;
export type Level = (typeof LEVELS)[number];
