export default {
  anak: 'Anak',
  'lanjut-usia': 'Lanjut usia',
  disabilitas: 'Penyandang disabilitas',
  napza: 'NAPZA',
  kesehatan: 'Kesehatan',
  koreksional: 'Koreksional',
  sekolah: 'Sekolah',
  kebencanaan: 'Kebencanaan',
  komunitas: 'Komunitas',
};
