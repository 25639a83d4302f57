export default {
  saving: 'Menyimpan…',
  saved: 'Tersimpan otomatis',
  saveFailed: 'Gagal menyimpan: {{reason}}. Perubahan terakhir belum tersimpan; coba lagi.',
};
