export default {
  title: 'Terjadi kesalahan',
  body: 'Bagian ini tidak dapat ditampilkan karena ada kesalahan di aplikasi. Data yang sudah tersimpan tidak terpengaruh.',
  details: 'Rincian teknis (sertakan saat melaporkan masalah)',
  reload: 'Muat ulang aplikasi',
  home: 'Kembali ke Beranda',
};
