/** The sidebar's sections in order. */
export const SECTIONS = [
  { key: 'home', path: '/' },
  { key: 'profile', path: '/profil' },
  { key: 'framework', path: '/kerangka' },
  { key: 'assessment', path: '/asesmen' },
  { key: 'practice', path: '/praktik' },
  { key: 'portfolio', path: '/portofolio' },
  { key: 'exam', path: '/latihan' },
  { key: 'data', path: '/data' },
  { key: 'settings', path: '/pengaturan' },
] as const;

export type Section = (typeof SECTIONS)[number];
