export default {
  title: 'Kelola Bukti',
  back: '← Kembali ke Asesmen Mandiri',
  link: 'Kelola semua bukti',
  intro:
    'Semua bukti Anda di satu tempat: periksa aturan VATM, ubah keterangannya, ganti berkasnya, atau hapus yang tidak lagi relevan.',
  empty:
    'Belum ada bukti. Tambahkan bukti dari kriteria yang sedang Anda nilai di Asesmen Mandiri.',
  toAssessment: 'Buka Asesmen Mandiri',
  count_other: '{{count}} bukti',
  supports_other: 'Mendukung {{count}} kriteria',
  supportsNone: 'Belum dikaitkan dengan kriteria mana pun.',
  otherPack: '(paket kerangka lain)',
  saveFile: 'Simpan berkas',
  saveFileLabel: 'Simpan berkas "{{name}}"',
  edit: 'Ubah',
  editLabel: 'Ubah "{{title}}"',
  delete: 'Hapus',
  deleteLabel: 'Hapus "{{title}}"',
  deleteTitle: 'Hapus bukti "{{title}}"?',
  deleteBody_other:
    'Bukti ini dan berkasnya akan dihapus dari perangkat ini, termasuk kaitannya dengan {{count}} kriteria. Tindakan ini tidak dapat dibatalkan.',
  deleteConfirm: 'Hapus bukti',
  failed: 'Tindakan gagal: {{reason}}. Data Anda tidak berubah; coba lagi.',
};
