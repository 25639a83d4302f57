/**
 * Every page's address, once: the router builds its routes from these, and the end-to-end tests
 * visit every page from the same list (no copy to forget a new page in). Pure data, so Node
 * tests can import it without React.
 */
export const PAGES = {
  home: '/',
  profile: '/profil',
  framework: '/kerangka',
  assessment: '/asesmen',
  apl02: '/asesmen/apl-02',
  evidence: '/asesmen/bukti',
  practice: '/praktik',
  practiceSummary: '/praktik/ringkasan',
  practiceSettings: '/praktik/pengaturan',
  supervisors: '/praktik/supervisor',
  supervisorMode: '/praktik/mode-supervisor',
  portfolio: '/portofolio',
  cv: '/portofolio/cv',
  selfDescription: '/portofolio/deskripsi-diri',
  export: '/portofolio/ekspor',
  verify: '/portofolio/verifikasi',
  exam: '/latihan',
  drill: '/latihan/singkat',
  simulation: '/latihan/simulasi/:id',
  report: '/latihan/hasil/:id',
  data: '/data',
  settings: '/pengaturan',
} as const;

export type PageKey = keyof typeof PAGES;

/** The pages that can be visited as they are (no `:id` to fill in). */
export const STATIC_PAGES = Object.values(PAGES).filter((path) => !path.includes(':'));
