export default {
  title: 'Asesmen Mandiri',
  intro:
    'Nilai diri Anda untuk setiap kriteria: pilih tingkat rubrik, tandai K (kompeten) atau BK (belum kompeten), tulis refleksi singkat, dan lampirkan bukti. Semua tersimpan otomatis.',
  startFirst: 'Mulai asesmen',
  startFirstBody:
    'Asesmen dilakukan per putaran. Putaran pertama memakai paket kerangka yang sedang dipakai; nanti Anda dapat memulai putaran baru untuk melihat perkembangan.',
  round: 'Putaran {{number}}',
  roundMeta: 'Dimulai {{date}} · {{pack}}',
  closedOn: 'Ditutup {{date}}',
  closedNotice:
    'Putaran ini sudah ditutup dan tersimpan sebagai catatan. Mulai putaran baru untuk memperbarui penilaian.',
  closeRound: 'Tutup putaran',
  closeTitle: 'Tutup putaran {{number}}?',
  closeBody: 'Penilaian pada putaran ini tidak dapat diubah lagi setelah ditutup.',
  closeConfirm: 'Tutup putaran',
  newRound: 'Mulai putaran baru',
  newTitle: 'Mulai putaran {{number}}?',
  newBody:
    'Putaran yang sekarang akan ditutup. Jawaban Anda disalin ke putaran baru sehingga Anda tinggal memperbaruinya.',
  newConfirm: 'Mulai putaran baru',
  cancel: 'Batal',
  otherPack:
    'Putaran ini dibuat dengan paket {{round}}, sedangkan paket yang dipakai sekarang {{active}}. Mulai putaran baru untuk menilai diri dengan paket yang dipakai.',
  packMissing:
    'Paket {{key}} yang dipakai putaran ini tidak lagi terpasang. Impor lagi paket tersebut di Kerangka Kompetensi.',
  levelNote: 'Menampilkan kriteria untuk jenjang {{level}}.',
  noLevelNote:
    'Menampilkan semua kriteria. Pilih jenjang di Profil agar hanya kriteria jenjang Anda yang tampil.',
  progress: '{{answered}} dari {{total}} kriteria sudah dinilai',
  unitProgress: '{{answered}}/{{total}} dinilai',
  notRated: 'Belum dinilai',
  levelShort: 'Tingkat {{level}}',
  editorEmpty: 'Pilih sebuah kriteria untuk menilai diri.',
  rubricLegend: 'Tingkat penguasaan',
  judgementLegend: 'Penilaian K/BK',
  judgementK: 'K — kompeten',
  judgementBK: 'BK — belum kompeten',
  reflection: 'Refleksi',
  reflectionHint: 'Apa yang sudah Anda lakukan, dan apa yang masih perlu dikembangkan?',
};
