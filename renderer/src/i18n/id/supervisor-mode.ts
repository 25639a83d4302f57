/** Mode Supervisor: the supervisor's own key, and signing a candidate's sign-off request. */
export default {
  title: 'Mode Supervisor',
  lead: 'Halaman ini untuk supervisor: tinjau entri jam praktik yang dikirim kandidat, lalu setujui atau kembalikan dengan tanda tangan digital, tanpa server dan tanpa internet. Kunci pribadi Anda tidak pernah meninggalkan komputer ini, kecuali bila Anda sendiri menyimpan cadangannya yang terkunci dengan frasa sandi.',
  deleted: 'Kunci sudah dihapus dari komputer ini.',
  errors: {
    required: 'Wajib diisi.',
    tooLong: 'Terlalu panjang: paling banyak {{max}} karakter.',
    passphraseShort:
      'Frasa sandi minimal {{min}} karakter. Gabungkan beberapa kata agar panjang tetapi mudah diingat.',
    passphraseMismatch: 'Tidak sama dengan frasa sandi di atas. Ketik ulang dengan teliti.',
    wrongPassphrase:
      'Frasa sandi salah. Periksa huruf besar-kecil, spasi, dan tombol Caps Lock, lalu coba lagi.',
    unexpected: 'Terjadi kesalahan tak terduga: {{detail}}',
    duplicateEntry: 'Entri yang sama tercantum lebih dari sekali.',
  },
  setup: {
    intro:
      'Komputer ini belum punya kunci tanda tangan Anda. Buat kunci baru, atau pulihkan dari cadangan bila Anda sudah pernah membuatnya di komputer lain.',
  },
  create: {
    title: 'Buat kunci baru',
    intro: 'Identitas ini tercantum di kartu kunci dan di setiap jawaban yang Anda tandatangani.',
    name: 'Nama lengkap',
    role: 'Jabatan dan lembaga',
    roleHint: 'Misalnya: Pekerja Sosial Ahli Madya, Dinas Sosial Kota Bandung.',
    strNumber: 'Nomor STR',
    strNumberHint: 'Nomor Surat Tanda Registrasi pekerja sosial, bila ada.',
    contact: 'Kontak',
    contactHint: 'Surel atau nomor telepon yang dapat dihubungi kandidat.',
    passphrase: 'Frasa sandi',
    passphraseHint:
      'Minimal {{min}} karakter; diminta setiap kali Anda menandatangani. Tanpa frasa sandi ini kunci tidak dapat dipakai, dan tidak ada seorang pun yang dapat memulihkannya. Catat di tempat yang aman.',
    passphraseLeft_other: 'Kurang {{count}} karakter lagi.',
    repeat: 'Ulangi frasa sandi',
    submit: 'Buat kunci',
    busy: 'Membuat kunci… ini memerlukan beberapa detik.',
    failed: 'Kunci tidak dapat dibuat: {{reason}}',
  },
  restore: {
    title: 'Pulihkan dari cadangan',
    intro:
      'Pilih berkas cadangan kunci (.kompeten-kunci) yang dulu Anda simpan, lalu masukkan frasa sandinya.',
    open: 'Pilih berkas cadangan',
    chosen: 'Berkas "{{name}}" berisi kunci milik {{owner}} dengan sidik jari {{fingerprint}}.',
    passphrase: 'Frasa sandi cadangan',
    submit: 'Pulihkan kunci',
    busy: 'Membuka cadangan… ini memerlukan beberapa detik.',
    mismatch:
      'Kunci di berkas "{{name}}" tidak cocok dengan sidik jarinya sendiri, sehingga tidak dapat dipakai. Berkas mungkin rusak atau telah diubah; pilih cadangan lain yang Anda simpan.',
  },
  key: {
    title: 'Kunci Anda',
    ready:
      'Kunci siap dipakai. Simpan cadangannya sekarang: bila komputer ini rusak atau hilang, kunci yang sama tidak dapat dibuat ulang.',
    name: 'Nama',
    role: 'Jabatan dan lembaga',
    strNumber: 'Nomor STR',
    contact: 'Kontak',
    notSet: 'tidak diisi',
    fingerprint: 'Sidik jari kunci',
    fingerprintHint:
      'Bacakan sidik jari ini kepada kandidat, langsung atau lewat telepon, agar mereka dapat mencocokkannya dengan kartu kunci yang mereka terima.',
    saveCard: 'Simpan kartu kunci publik',
    saveCardHint:
      'Berikan berkas ini kepada kandidat agar mereka dapat mendaftarkan kunci Anda. Kartu ini aman dibagikan.',
    cardSaved: 'Kartu kunci publik disimpan. Kirimkan kepada kandidat Anda.',
    saveBackup: 'Simpan cadangan kunci',
    saveBackupHint:
      'Untuk memindahkan kunci ke komputer lain. Cadangan terkunci dengan frasa sandi Anda, tetapi tetap simpan di tempat pribadi dan jangan dibagikan kepada siapa pun, termasuk kandidat.',
    backupSaved: 'Cadangan kunci disimpan. Simpan di tempat yang hanya dapat Anda buka.',
    saveFailed: 'Berkas tidak dapat disimpan: {{reason}}',
    delete: 'Hapus kunci',
    deleteTitle: 'Hapus kunci dari komputer ini?',
    deleteBody:
      'Setelah dihapus, Anda tidak dapat lagi menandatangani jawaban dengan kunci ini, dan kandidat yang sudah mendaftarkannya perlu mendaftarkan kunci baru Anda. Tanda tangan yang sudah terkirim tetap sah. Bila Anda menyimpan cadangannya, kunci dapat dipulihkan dari sana.',
    deleteConfirm: 'Hapus kunci',
    deleteFailed: 'Kunci tidak dapat dihapus: {{reason}}',
    cancel: 'Batal',
  },
  review: {
    title: 'Tinjau permintaan tanda tangan',
    intro:
      'Kandidat mengirimkan berkas permintaan (.kompeten-permintaan) berisi entri jam praktik yang perlu Anda periksa.',
    open: 'Buka permintaan',
    memoryOnly:
      'Keputusan Anda hanya disimpan selama halaman ini terbuka. Menutup halaman atau aplikasi membuang keputusan yang belum ditandatangani dan disimpan sebagai jawaban.',
    replaceTitle: 'Ganti permintaan yang sedang ditinjau?',
    replaceBody:
      'Keputusan untuk permintaan dari {{name}} yang belum disimpan sebagai jawaban akan hilang. Pilih Batal untuk melanjutkan tinjauan itu.',
    replaceConfirm: 'Ganti permintaan',
    cancel: 'Batal',
    from: 'Permintaan dari {{name}}',
    candidate: 'Kandidat',
    candidateStr: 'Nomor STR kandidat',
    created: 'Dibuat',
    meantFor: 'Ditujukan kepada',
    entries: 'Jumlah entri',
    total: 'Total jam',
    otherKey:
      'Permintaan ini ditujukan kepada {{name}} dengan sidik jari {{expected}}, bukan kunci Anda ({{own}}). Anda tetap dapat meninjaunya, tetapi aplikasi kandidat akan menolak jawaban yang ditandatangani kunci lain. Pastikan dulu dengan kandidat.',
    counts: '{{approved}} disetujui · {{returned}} dikembalikan · {{undecided}} belum diputuskan',
    approveRest: 'Setujui semua yang belum diputuskan',
    sign: 'Tandatangani & simpan jawaban',
    signHint:
      'Dapat dipakai setelah ada minimal satu keputusan. Entri tanpa keputusan tidak ikut dalam jawaban.',
    missingComments_other:
      '{{count}} entri dikembalikan tanpa alasan. Tulis apa yang perlu diperbaiki di kolom catatan yang ditandai merah.',
    listLabel: 'Entri dalam permintaan',
    openFailed: 'Permintaan tidak dapat dibuka: {{reason}}',
  },
  entry: {
    heading: 'Entri {{number}} · {{date}}',
    durationOnly: 'tanpa jam mulai dan selesai',
    agency: 'Lembaga',
    setting: 'Tempat',
    field: 'Bidang',
    activity: 'Jenis kegiatan',
    level: 'Tingkat praktik',
    form: 'Bentuk praktik',
    stage: 'Tahap pertolongan',
    criteria: 'Kriteria terkait',
    candidateWord: '{{label}} (istilah kandidat)',
    noCriteria: 'Tidak ada',
    noNarrative: 'Tanpa narasi.',
    decision: 'Keputusan untuk entri {{number}}',
    approve: 'Setujui',
    return: 'Kembalikan',
    clear: 'Kosongkan keputusan',
    comment: 'Catatan untuk kandidat',
    commentHint: 'Wajib bila dikembalikan: tulis apa yang perlu diperbaiki.',
    commentRequired:
      'Tulis alasan entri ini dikembalikan, agar kandidat tahu apa yang perlu diperbaiki.',
  },
  sign: {
    title: 'Tandatangani jawaban',
    summary:
      'Anda akan menandatangani keputusan untuk {{name}}: {{approved}} disetujui, {{returned}} dikembalikan.',
    leftOut_other:
      '{{count}} entri tanpa keputusan tidak ikut; kandidat dapat memintanya lagi nanti.',
    passphrase: 'Frasa sandi kunci',
    submit: 'Tandatangani & simpan',
    busy: 'Menandatangani… ini memerlukan beberapa detik.',
    cancel: 'Batal',
    notSaved:
      'Jawaban belum disimpan karena penyimpanan dibatalkan. Tekan "Tandatangani & simpan" lagi untuk memilih tempatnya.',
    done: 'Jawaban sudah ditandatangani dan disimpan: {{approved}} disetujui, {{returned}} dikembalikan. Kirim berkas .kompeten-jawaban itu kembali kepada {{name}}, misalnya lewat surel atau pesan, agar dapat diimpor di Jam Praktik.',
  },
};
