export default {
  title: 'Portofolio',
  intro:
    'Bahan portofolio sertifikasi yang Anda tulis sendiri: daftar riwayat hidup dan esai Deskripsi Diri. Semuanya tersimpan otomatis di perangkat ini.',
  back: '← Kembali ke Portofolio',
  cvBody: 'Riwayat hidup dalam 11 bagian, dari identitas sampai penghargaan.',
  essaysBody:
    'Empat belas esai tentang penerapan pengetahuan, keterampilan, dan nilai dalam praktik Anda.',
  exportTitle: 'Ekspor PDF',
  exportBody:
    'Semua bagian ini, beserta asesmen mandiri, bukti dan jam praktik, dalam satu berkas PDF dengan kode verifikasi.',
  verifyTitle: 'Verifikasi portofolio',
  verifyBody:
    'Untuk asesor: periksa apakah data portofolio cocok dengan kode di sampul PDF dan apakah tanda tangan supervisor sah.',
};
