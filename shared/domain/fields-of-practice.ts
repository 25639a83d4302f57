/**
 * Default fields of practice (bidang praktik). Ids are stored; labels are translated in the
 * renderer. Later the practice log lets users extend this list (issue 4).
 */
export const DEFAULT_FIELDS_OF_PRACTICE = [
  'anak',
  'lanjut-usia',
  'disabilitas',
  'napza',
  'kesehatan',
  'koreksional',
  'sekolah',
  'kebencanaan',
  'komunitas',
] as const;
export type FieldOfPractice = (typeof DEFAULT_FIELDS_OF_PRACTICE)[number];
