export default {
  home: 'Beranda',
  profile: 'Profil',
  framework: 'Kerangka Kompetensi',
  assessment: 'Asesmen Mandiri',
  practice: 'Jam Praktik',
  portfolio: 'Portofolio',
  exam: 'Latihan Ujian',
  data: 'Data & Cadangan',
  settings: 'Pengaturan',
};
