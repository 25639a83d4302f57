export default {
  name: 'Kompeten',
  tagline: 'Persiapan sertifikasi kompetensi pekerja sosial',
  skipToContent: 'Lompat ke konten utama',
  loading: 'Memuat…',
  mainNav: 'Navigasi utama',
  privacy: 'Semua data tersimpan hanya di perangkat ini dan tidak pernah dikirim ke mana pun.',
};
