export default {
  title: 'Halaman tidak ditemukan',
  body: 'Alamat ini tidak ada di Kompeten.',
  back: 'Kembali ke Beranda',
};
