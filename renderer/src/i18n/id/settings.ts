export default {
  title: 'Pengaturan',
  languageLegend: 'Bahasa tampilan',
  languageHint: 'Isi materi seperti kerangka kompetensi dan soal tetap dalam bahasa aslinya.',
  languageNames: { id: 'Bahasa Indonesia', en: 'English' },
  aboutTitle: 'Tentang aplikasi',
  version: 'Versi',
  platform: 'Dijalankan sebagai',
  platformElectron: 'Aplikasi desktop',
  platformWeb: 'Aplikasi di peramban',
};
