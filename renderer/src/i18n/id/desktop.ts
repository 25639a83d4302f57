/** The desktop shell's words in the page: opened files, the quit backup, notifications. */
export default {
  /** The desktop menu (shared/ipc/menu-labels.ts), handed to the main process. */
  menu: {
    file: 'Berkas',
    quit: 'Keluar',
    edit: 'Sunting',
    undo: 'Urungkan',
    redo: 'Ulangi',
    cut: 'Potong',
    copy: 'Salin',
    paste: 'Tempel',
    selectAll: 'Pilih semua',
    view: 'Tampilan',
    reload: 'Muat ulang',
    zoomIn: 'Perbesar',
    zoomOut: 'Perkecil',
    resetZoom: 'Ukuran normal',
    fullscreen: 'Layar penuh',
    devTools: 'Alat pengembang',
    window: 'Jendela',
    minimize: 'Kecilkan',
    close: 'Tutup',
    help: 'Bantuan',
    about: 'Tentang Kompeten',
    hide: 'Sembunyikan Kompeten',
    hideOthers: 'Sembunyikan lainnya',
    unhide: 'Tampilkan semua',
    newPracticeEntry: 'Entri praktik baru',
    newEvidence: 'Bukti baru',
    backupNow: 'Cadangkan sekarang',
    exportPdf: 'Ekspor portofolio PDF…',
    find: 'Cari',
  },
  openedFiles: {
    unknownKind:
      'Kompeten tidak dapat membuka «{{name}}»: berkas ini bukan berkas Kompeten. Yang bisa dibuka dengan klik ganda hanya berkas {{extensions}}. Paket kerangka, bank soal, dan CSV diimpor dari halamannya masing-masing.',
    unreadable:
      'Kompeten tidak dapat membaca «{{name}}». Mungkin berkas itu sudah dipindah atau dihapus, atau Anda tidak punya izin membukanya. Periksa berkasnya, lalu coba buka lagi.',
    dismiss: 'Tutup pesan',
    waiting:
      'Berkas «{{name}}» sudah dibuka dan menunggu di sini. Siapkan kunci supervisor Anda dulu (buat baru atau pulihkan), lalu berkas itu langsung ditampilkan.',
  },
  quitBackup: {
    title: 'Menyimpan cadangan sebelum Kompeten ditutup…',
    body: 'Tunggu sebentar. Jendela ini akan tertutup sendiri begitu cadangan selesai (paling lama 15 detik).',
  },
  notifications: {
    legend: 'Pemberitahuan',
    label: 'Beri tahu saya lewat pemberitahuan sistem',
    hint: 'Hanya untuk dua hal: cadangan terakhir sudah lebih dari seminggu, dan permintaan tanda tangan yang belum dijawab supervisor setelah seminggu. Isi catatan Anda tidak pernah dimasukkan ke pemberitahuan.',
    denied:
      'Peramban tidak mengizinkan pemberitahuan untuk halaman ini. Izinkan lewat pengaturan situs di peramban, lalu nyalakan lagi.',
    backupOverdueTitle: 'Sudah lama tidak mencadangkan',
    backupOverdueNever:
      'Data Anda belum pernah dicadangkan. Buka Data & Cadangan untuk membuat cadangan.',
    backupOverdue:
      'Cadangan terakhir dibuat {{days}} hari lalu. Buka Data & Cadangan untuk membuat cadangan baru.',
    signoffTitle: 'Permintaan tanda tangan belum dijawab',
    signoff_other:
      '{{count}} catatan praktik yang Anda kirim ke {{supervisor}} belum dijawab setelah {{days}} hari.',
  },
};
