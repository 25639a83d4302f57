export default {
  welcome: 'Selamat datang di Kompeten',
  intro:
    'Kompeten menemani Anda bersiap menghadapi sertifikasi kompetensi pekerja sosial: memetakan diri terhadap standar kompetensi, mencatat jam praktik, berlatih soal, dan menyusun portofolio.',
  emptyTitle: 'Mulai dari profil Anda',
  emptyBody:
    'Isi nama dan jenjang sertifikasi yang Anda tuju. Bagian lain akan menyesuaikan dengan jenjang tersebut.',
  emptyAction: 'Isi profil',
  greeting: 'Halo, {{name}}',
  targetLevel: 'Jenjang yang dituju: {{level}}',
  editProfile: 'Ubah profil',
};
