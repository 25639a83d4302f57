import { PAGES } from '../ui/paths';

/** The sidebar's sections in order. */
export const SECTIONS = [
  { key: 'home', path: PAGES.home },
  { key: 'profile', path: PAGES.profile },
  { key: 'framework', path: PAGES.framework },
  { key: 'assessment', path: PAGES.assessment },
  { key: 'practice', path: PAGES.practice },
  { key: 'portfolio', path: PAGES.portfolio },
  { key: 'exam', path: PAGES.exam },
  { key: 'data', path: PAGES.data },
  { key: 'settings', path: PAGES.settings },
] as const;

export type Section = (typeof SECTIONS)[number];
