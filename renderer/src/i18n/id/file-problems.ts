export default {
  kinds: {
    pack: 'paket kerangka',
    bank: 'bank soal',
    request: 'permintaan tanda tangan',
    response: 'jawaban supervisor',
    keyCard: 'kartu kunci publik supervisor',
    keyBackup: 'cadangan kunci supervisor',
    portfolioBundle: 'data portofolio',
    csv: 'berkas CSV jam praktik',
    backup: 'cadangan Kompeten',
  },
  tooLarge:
    'Berkas "{{name}}" terlalu besar ({{size}}); batasnya {{max}}. Pastikan yang Anda pilih memang {{kind}} ({{extensions}}).',
  empty:
    'Berkas "{{name}}" kosong. Mungkin penyimpanannya belum selesai; simpan ulang {{kind}} itu, lalu buka lagi.',
  notText:
    'Berkas "{{name}}" bukan berkas teks, jadi bukan {{kind}}. Pilih {{kind}} ({{extensions}}).',
  notTextCsv:
    'Berkas "{{name}}" bukan teks CSV. Di spreadsheet, pilih Simpan sebagai → CSV UTF-8, lalu impor berkas itu.',
  notJson:
    'Isi berkas "{{name}}" bukan JSON yang sah ({{detail}}), jadi bukan {{kind}}. Pilih {{kind}} ({{extensions}}) yang disimpan oleh Kompeten.',
  truncated:
    'Berkas "{{name}}" terpotong: isinya berhenti di tengah jalan, mungkin karena penyalinan atau unduhannya belum selesai. Salin atau unduh ulang berkas itu, lalu buka lagi.',
  wrongType:
    'Berkas "{{name}}" adalah {{found}} ({{foundExtensions}}), bukan {{kind}}. Pilih {{kind}} ({{extensions}}).',
  newerVersion:
    'Berkas "{{name}}" dibuat oleh Kompeten versi yang lebih baru (format {{kind}} versi {{found}}; aplikasi ini membaca versi {{supported}}). Perbarui Kompeten, lalu buka berkas itu lagi.',
  olderVersion:
    'Berkas "{{name}}" memakai format {{kind}} versi {{found}} yang sudah tidak dibaca aplikasi ini (versi {{supported}}). Minta pengirimnya membuat berkas itu lagi dengan Kompeten versi terbaru.',
  invalid:
    'Berkas "{{name}}" tidak diterima karena isinya tidak sesuai format {{kind}}. Tidak ada yang diubah. Yang bermasalah:',
  more: 'Hanya {{count}} masalah pertama yang ditampilkan.',
  wholeFile: '(seluruh berkas)',
  /** The app's own checks (shared/files/file-issues.ts). */
  issues: {
    'duplicate-record': 'catatan ini muncul dua kali',
    'orphan-file': 'berkas ini bukan milik bukti mana pun',
    'file-size-mismatch': 'ukuran berkas ini tidak sama dengan yang tertulis di buktinya',
    'file-missing': 'berkas bukti ini tidak ada di dalam cadangan',
    'duplicate-id': 'id ini sudah dipakai di {{first}}',
    'duplicate-question': 'pertanyaannya sama dengan {{first}}',
    'option-order': 'pilihan ke-{{position}} harus berlabel {{expected}}',
    'key-not-option': 'kunci jawaban {{key}} tidak ada di antara pilihan',
    'duplicate-option': 'dua pilihan bunyinya sama',
    'source-not-listed': 'sumber {{source}} tidak tercantum di daftar sumber',
    'key-not-id-version': 'kuncinya tidak sama dengan id@versi isinya',
    'domain-missing': 'ranah {{domain}} tidak ada',
    'weights-not-100': 'bobot ujian berjumlah {{total}}, bukan 100',
    'id-used-twice': 'id {{id}} sudah dipakai di {{first}}',
    'level-not-declared': 'jenjang {{level}} tidak tercantum di daftar jenjang paket',
    'nested-too-deep': 'bersarang lebih dari {{max}} tingkat',
    'entries-per-item': 'jawaban dan tanda harus ada satu untuk setiap soal',
    'item-picked-twice': 'ada soal yang terpilih dua kali',
    'answer-not-picked': 'ada jawaban untuk soal yang tidak dipilih dalam sesi ini',
    'item-answered-twice': 'ada soal yang dijawab dua kali',
    'finished-when-answered': 'sesi baru selesai bila semua soal yang dipilih sudah dijawab',
    'unsafe-link': 'tautan ini bukan tautan https yang aman',
    'check-interrupted':
      'pemeriksaan berkas terhenti sebelum selesai ({{reason}}), jadi berkas ini tidak diterima. Coba buka sekali lagi; bila tetap gagal, berkas mungkin rusak atau terlalu besar untuk diperiksa',
    'checking-stopped':
      'pemeriksaan dihentikan setelah {{after}} butir karena terlalu banyak yang salah; berkas ini tampaknya bukan buatan Kompeten',
    'id-format':
      'id hanya memakai huruf, angka, titik, tanda hubung, dan garis bawah, diawali huruf atau angka, paling panjang {{max}} karakter',
    'date-format': 'tanggal ditulis TTTT-BB-HH, misalnya 2026-03-31',
    'version-format': 'versi ditulis seperti 1.0 atau 1.0.2',
    'language-code': 'tulis kode bahasa, misalnya id atau en',
    'checksum-format': 'checksum SHA-256: 64 karakter 0–9 dan a–f',
  },
};
