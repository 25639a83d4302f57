/**
 * Controlled vocabularies for tagging criteria and practice entries, from the textbook frames
 * candidates study (see the project's domain notes). Ids are stored; labels are translated in
 * the renderer.
 */
export const PRACTICE_LEVELS = ['mikro', 'mezzo', 'makro'] as const;

/** Functions of social work as commonly taught from Permensos 12/2017. */
export const FUNCTIONS = ['preventif', 'kuratif-rehabilitatif', 'pengembangan'] as const;

/** Sukoco's seven tasks of social work. */
export const SUKOCO_TASKS = [
  'kapasitas-pemecahan-masalah',
  'menghubungkan-sistem-sumber',
  'interaksi-dengan-sistem-sumber',
  'interaksi-dalam-sistem-sumber',
  'kebijakan-sosial',
  'distribusi-sumber',
  'kontrol-sosial',
] as const;

/** Zastrow's seven forms of practice. */
export const PRACTICE_FORMS = [
  'social-casework',
  'case-management',
  'group-work',
  'group-therapy',
  'family-therapy',
  'community-organization',
  'administration',
] as const;

/** Stages of the helping process trained in practicum. */
export const HELPING_STAGES = [
  'kontak-pendahuluan',
  'asesmen',
  'rencana-intervensi',
  'pelaksanaan-intervensi',
  'evaluasi-terminasi',
] as const;

export type PracticeLevel = (typeof PRACTICE_LEVELS)[number];
export type SocialWorkFunction = (typeof FUNCTIONS)[number];
export type SukocoTask = (typeof SUKOCO_TASKS)[number];
export type PracticeForm = (typeof PRACTICE_FORMS)[number];
export type HelpingStage = (typeof HELPING_STAGES)[number];
