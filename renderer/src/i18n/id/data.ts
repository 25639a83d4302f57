/** Data & Cadangan: backups, restore, automatic backups and storage health. */
export default {
  title: 'Data & Cadangan',
  intro:
    'Semua data Anda hanya tersimpan di perangkat ini. Cadangan adalah satu berkas yang memuat semuanya (profil, asesmen mandiri, bukti beserta berkasnya, portofolio, jam praktik, dan tanda tangan supervisor) untuk disimpan di tempat lain atau dipindahkan ke komputer lain.',
  tables: {
    profile: 'Profil',
    settings: 'Pengaturan',
    packs: 'Paket kerangka',
    rounds: 'Putaran asesmen mandiri',
    answers: 'Jawaban asesmen mandiri',
    evidence: 'Bukti',
    essays: 'Deskripsi diri',
    cvEntries: 'Isian CV',
    practiceEntries: 'Catatan jam praktik',
    supervisors: 'Supervisor',
    ownKey: 'Kunci mode supervisor',
    examAttempts: 'Simulasi ujian tertulis',
    itemReviews: 'Jadwal pengulangan soal latihan',
    questionBanks: 'Bank soal yang diimpor',
    drillSessions: 'Sesi latihan singkat',
    knownKeys: 'Kunci supervisor yang dikenal',
    files: 'Berkas bukti',
  },
  reasons: {
    manual: 'Dibuat sendiri',
    schedule: 'Terjadwal',
    quit: 'Saat aplikasi ditutup',
    upgrade: 'Sebelum pembaruan versi',
    'before-restore': 'Sebelum pemulihan',
  },
  backup: {
    title: 'Buat cadangan',
    body: 'Simpan berkas cadangan di flashdisk, penyimpanan awan pribadi, atau komputer lain. Berkas ini memuat catatan tentang klien Anda, jadi simpanlah di tempat yang aman atau kunci dengan frasa sandi.',
    lock: 'Kunci dengan frasa sandi',
    lockHint:
      'Frasa sandi tidak disimpan di mana pun. Bila lupa, cadangan ini tidak dapat dibuka oleh siapa pun, termasuk Anda.',
    passphrase: 'Frasa sandi',
    passphraseHint:
      'Minimal {{min}} karakter. Beberapa kata acak lebih mudah diingat dan lebih kuat.',
    confirm: 'Ulangi frasa sandi',
    errors: {
      tooShort: 'Frasa sandi minimal {{min}} karakter.',
      mismatch: 'Kedua frasa sandi tidak sama. Ketik ulang di kolom ini.',
    },
    save: 'Simpan cadangan…',
    download: 'Unduh cadangan',
    working: 'Menyiapkan cadangan…',
    saved: 'Cadangan tersimpan sebagai "{{name}}".',
    cancelled: 'Penyimpanan dibatalkan; belum ada cadangan baru.',
    failed: 'Cadangan gagal dibuat: {{message}}',
    filterName: 'Cadangan Kompeten',
  },
  restore: {
    title: 'Pulihkan dari cadangan',
    body: 'Pilih berkas cadangan untuk melihat isinya lebih dulu. Tidak ada yang berubah sebelum Anda memilih cara memulihkan dan menekan Pulihkan.',
    choose: 'Pilih berkas cadangan…',
    reading: 'Membaca dan memeriksa berkas…',
    passphraseTitle: 'Cadangan ini dikunci',
    passphraseBody:
      'Cadangan "{{name}}" dikunci dengan frasa sandi. Masukkan frasa sandinya untuk membuka isinya.',
    unlock: 'Buka',
    unlocking: 'Membuka kunci…',
    wrongPassphrase:
      'Frasa sandi salah, atau berkas ini berubah setelah dikunci. Periksa huruf besar-kecil dan coba lagi.',
    previewTitle: 'Isi cadangan "{{name}}"',
    madeAt: 'Dibuat',
    reason: 'Alasan',
    appVersion: 'Versi Kompeten',
    unknownVersion: 'tidak tercatat',
    locked: 'Dikunci',
    lockedYes: 'Ya, dengan frasa sandi',
    lockedNo: 'Tidak',
    olderSchema:
      'Cadangan ini dibuat oleh versi Kompeten yang lebih lama. Datanya disesuaikan dengan versi sekarang saat dipulihkan.',
    caption: 'Isi cadangan dibandingkan dengan data di perangkat ini',
    columns: {
      table: 'Data',
      inFile: 'Di cadangan',
      here: 'Di perangkat ini',
      difference: 'Perbedaan',
    },
    difference: {
      added: '{{count}} baru',
      newerInFile: '{{count}} lebih baru di cadangan',
      newerHere: '{{count}} lebih baru di sini',
      differ: '{{count}} berbeda, tanpa tanggal pembanding',
      onlyHere: '{{count}} hanya ada di sini',
      same: 'Sama',
    },
    filesFollow: 'Ikut bukti masing-masing',
    modeLegend: 'Cara memulihkan',
    merge: 'Gabungkan (disarankan)',
    mergeHint:
      'Data baru dari cadangan ditambahkan, dan yang lebih baru di cadangan menggantikan yang di sini. Data di sini yang lebih baru, yang hanya ada di sini, atau yang berbeda tanpa tanggal pembanding tetap dipertahankan.',
    replace: 'Ganti semua',
    replaceHint: 'Seluruh data di perangkat ini diganti persis dengan isi cadangan.',
    keptOnMerge_other:
      '{{count}} catatan di sini dipertahankan karena lebih baru atau tidak dapat dibandingkan (lihat tabel).',
    lostOnReplace_other:
      '{{count}} catatan yang hanya ada atau lebih baru di sini akan hilang dari aplikasi.',
    safetyFolder:
      'Sebelum memulihkan, Kompeten menyimpan salinan data saat ini ke folder cadangan otomatis.',
    safetyDownload:
      'Sebelum memulihkan, Kompeten mengunduh salinan data saat ini. Simpan berkas itu sampai Anda yakin hasil pemulihan benar.',
    start: 'Pulihkan',
    close: 'Tutup',
    cancel: 'Batal',
    confirmReplaceTitle: 'Ganti semua data?',
    confirmReplaceBody:
      '{{lost}} Salinan data saat ini disimpan lebih dulu, sehingga masih dapat dipulihkan.',
    confirmReplace: 'Ganti semua',
    stages: {
      safety: 'Menyimpan salinan data saat ini…',
      restoring: 'Memulihkan data…',
    },
    done: 'Data dipulihkan dari "{{name}}".',
    doneSafety: 'Salinan data sebelum pemulihan: "{{name}}".',
    safetyCancelled:
      'Pemulihan dibatalkan karena salinan data saat ini tidak disimpan. Tidak ada yang diubah.',
    failed: 'Pemulihan gagal dan tidak ada yang diubah: {{message}}',
    problems: {
      notBackup:
        'Berkas "{{name}}" bukan cadangan Kompeten. Pilih berkas berakhiran .kompeten-cadangan.',
      damaged:
        'Berkas "{{name}}" rusak atau terpotong (bagian "{{part}}" tidak dapat dibaca), mungkin karena penyalinan belum selesai. Tidak ada yang diubah. Salin ulang berkas itu dari tempat asalnya, atau pilih cadangan lain.',
      checksum:
        'Isi berkas "{{name}}" tidak cocok dengan checksum-nya (bagian "{{part}}"): berkas itu berubah atau rusak setelah dibuat. Tidak ada yang diubah. Pilih cadangan lain.',
      newerSchema:
        'Cadangan "{{name}}" dibuat oleh Kompeten versi {{appVersion}}, yang lebih baru dari aplikasi ini. Perbarui Kompeten, lalu pulihkan lagi.',
    },
  },
  auto: {
    title: 'Cadangan otomatis',
    body: 'Aplikasi desktop menyimpan cadangan sendiri setiap hari, saat ditutup, dan sebelum data disesuaikan dengan versi baru. Cadangan ini berada di luar basis data aplikasi, sehingga tetap ada bila pembaruan menghapus data. Hanya 14 cadangan terbaru yang disimpan.',
    folder: 'Folder: {{folder}}',
    empty: 'Belum ada cadangan otomatis. Yang pertama dibuat begitu ada data untuk dicadangkan.',
    caption: 'Cadangan otomatis, terbaru di atas',
    columns: { when: 'Waktu', reason: 'Alasan', size: 'Ukuran', action: 'Tindakan' },
    restore: 'Pulihkan…',
    restoreLabel: 'Pulihkan cadangan {{when}}',
    missing: 'Cadangan "{{name}}" sudah tidak ada di folder. Daftar diperbarui.',
    web: 'Di peramban, Kompeten tidak dapat menyimpan berkas sendiri. Buat cadangan secara berkala dengan tombol di atas; Kompeten mengingatkan Anda bila cadangan terakhir lebih dari seminggu lalu. Aplikasi desktop membuat cadangan otomatis.',
  },
  health: {
    title: 'Kesehatan penyimpanan',
    persisted: 'Penyimpanan permanen',
    persistedYes:
      'Diizinkan. Data Anda tidak akan dihapus otomatis saat ruang penyimpanan menipis.',
    persistedNo:
      'Belum diizinkan. Data bisa terhapus otomatis bila ruang penyimpanan menipis, jadi buatlah cadangan secara berkala.',
    persistedUnknown: 'Tidak dapat diperiksa di sini.',
    requestPersist: 'Minta izin penyimpanan permanen',
    used: 'Ruang terpakai',
    usedOf: '{{used}} dari {{quota}} yang tersedia',
    diskFree: 'Sisa ruang disk untuk cadangan',
    lastBackup: 'Cadangan terakhir',
    never: 'Belum pernah',
    unknown: 'Tidak diketahui',
    nearlyFull:
      'Ruang penyimpanan hampir penuh ({{percent}} terpakai). Buat cadangan sekarang, lalu kosongkan ruang, misalnya dengan mengganti berkas bukti besar dengan tautan.',
    diskLow:
      'Disk tempat cadangan otomatis disimpan hampir penuh (sisa {{free}}). Kosongkan ruang agar cadangan tetap dapat dibuat.',
  },
  reminder: {
    stale: 'Cadangan terakhir Anda dibuat {{when}}.',
    never: 'Anda belum pernah membuat cadangan.',
    why: 'Data di peramban dapat hilang bila data situs dibersihkan. Unduh cadangan dan simpan di tempat lain.',
    action: 'Buat cadangan',
    later: 'Ingatkan nanti',
  },
  quota: {
    title: 'Penyimpanan penuh',
    body: 'Perubahan terakhir tidak tersimpan karena ruang penyimpanan penuh. Buat cadangan, lalu kosongkan ruang di Data & Cadangan sebelum melanjutkan.',
    open: 'Buka Data & Cadangan',
    dismiss: 'Tutup',
  },
};
