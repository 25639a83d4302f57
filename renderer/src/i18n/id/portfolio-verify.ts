export default {
  title: 'Verifikasi Portofolio',
  lead: 'Setiap portofolio PDF dari Kompeten disertai berkas data .kompeten-portofolio. Buka berkas itu di sini untuk memeriksa apakah datanya utuh dan apakah tanda tangan supervisor di dalamnya sah, lalu bandingkan kode yang tampil dengan kode verifikasi yang tercetak di sampul PDF.',
  pdfCode: 'Kode di sampul PDF',
  pdfCodeHint:
    'Opsional. Ketik kode verifikasi dari sampul PDF agar dibandingkan otomatis, mis. K7QM-2D9F-8XWA-3PNC-5RTE. Huruf besar atau kecil, tanda hubung, dan spasi tidak berpengaruh.',
  pdfCodeMalformed:
    'Kode verifikasi terdiri dari 20 huruf dan angka. Periksa kembali ketikan Anda.',
  open: 'Buka berkas data portofolio',
  checking:
    'Memeriksa data dan tanda tangan dalam "{{name}}"… Portofolio dengan ribuan entri memerlukan beberapa saat.',
  resultTitle: 'Hasil pemeriksaan',
  file: 'Berkas',
  candidate: 'Kandidat',
  noName: '(nama belum diisi)',
  generatedAt: 'Dibuat pada',
  code: 'Kode verifikasi data',
  verdict: {
    good: 'Portofolio terverifikasi',
    goodWithPdf:
      'Data cocok dengan kode di sampul PDF dan tidak ada tanda tangan digital yang bermasalah.',
    goodComparePdf:
      'Data utuh sejak diekspor dan tidak ada tanda tangan digital yang bermasalah. Pastikan kode di atas sama dengan kode di sampul PDF.',
    bad: 'Portofolio tidak lolos verifikasi',
    dataChanged: 'Data dalam berkas telah diubah setelah diekspor.',
    pdfDiffers: 'Data dalam berkas tidak cocok dengan kode di sampul PDF.',
    invalid_other: '{{count}} tanda tangan tidak sah.',
    changed_other: '{{count}} entri diubah setelah ditandatangani.',
  },
  checks: {
    title: 'Kode verifikasi',
    matches: 'Cocok',
    differs: 'Tidak cocok',
    selfMatches: 'Data cocok dengan kode yang tertulis di berkas: tidak diubah sejak diekspor.',
    selfDiffers:
      'Data tidak cocok dengan kode yang tertulis di berkas ({{code}}): data telah diubah setelah diekspor.',
    pdfMatches: 'Data cocok dengan kode di sampul PDF.',
    pdfDiffers:
      'Data tidak cocok dengan kode di sampul PDF ({{code}}). Berkas ini bukan data dari PDF tersebut, atau datanya telah diubah.',
    pdfNone:
      'Bandingkan kode di atas dengan kode di sampul PDF, atau ketik kode sampul di kolom "Kode di sampul PDF".',
  },
  log: {
    title: 'Jam praktik dalam data',
    intro: 'Angka ini harus sama dengan yang tercetak di bagian Catatan Jam Praktik pada PDF.',
    total: 'Tercatat',
    empty: 'Tidak ada entri',
    totalValue_other: '{{hours}} jam dalam {{count}} entri, {{first}} sampai {{last}}',
    verified: 'Dengan tanda tangan digital yang sah',
    hours: '{{hours}} jam',
  },
  signatures: {
    title: 'Tanda tangan supervisor',
    valid: 'Tanda tangan digital sah',
    invalid: 'Tanda tangan tidak sah',
    changed: 'Entri diubah setelah ditandatangani',
    returned: 'Dikembalikan supervisor (belum disetujui)',
    inPerson: 'Ditandatangani langsung (tidak dapat diverifikasi secara digital)',
    unsigned: 'Belum ditandatangani',
  },
  signers: {
    title: 'Penanda tangan',
    intro:
      'Tanda tangan yang sah membuktikan bahwa entri disetujui dengan kunci berikut. Pastikan sidik jari kunci itu memang milik supervisor yang disebut, misalnya dengan kartu kunci publiknya atau dengan menanyakannya langsung.',
    count_other: '{{count}} tanda tangan sah',
  },
  problems: {
    title: 'Entri bermasalah',
    date: 'Tanggal',
    agency: 'Lembaga',
    supervisor: 'Supervisor',
    problem: 'Masalah',
    'bad-signature': 'Tanda tangan tidak cocok dengan isi entri atau keputusannya',
    'wrong-fingerprint': 'Sidik jari tidak sesuai dengan kunci yang menandatangani',
    changed: 'Entri diubah setelah ditandatangani',
    'other-candidate': 'Ditandatangani untuk kandidat lain, bukan pemilik portofolio ini',
    duplicate: 'Entri ganda: tanda tangan yang sama terhitung dua kali',
    more_other: 'Hanya {{shown}} dari {{count}} entri bermasalah yang ditampilkan.',
  },
};
