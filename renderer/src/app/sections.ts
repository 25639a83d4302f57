/**
 * The sidebar's sections in order. `planned` sections are not built yet and show an honest
 * "belum tersedia" page with what they will offer.
 */
export const SECTIONS = [
  { key: 'home', path: '/' },
  { key: 'profile', path: '/profil' },
  { key: 'framework', path: '/kerangka' },
  { key: 'assessment', path: '/asesmen' },
  { key: 'practice', path: '/praktik' },
  { key: 'portfolio', path: '/portofolio' },
  { key: 'exam', path: '/latihan', planned: true },
  { key: 'data', path: '/data' },
  { key: 'settings', path: '/pengaturan' },
] as const;

export type Section = (typeof SECTIONS)[number];
export type PlannedSection = Extract<Section, { planned: true }>;
export type PlannedSectionKey = PlannedSection['key'];

export function isPlanned(section: Section): section is PlannedSection {
  return 'planned' in section;
}
