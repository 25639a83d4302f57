export default {
  title: 'Kelola paket kerangka',
  intro:
    'Lembaga dapat membagikan paket berisi teks resmi standar kompetensi. Beberapa paket boleh terpasang; pilih satu yang dipakai. Asesmen mengingat paket dan versi yang dipakai saat dibuat.',
  source: { builtin: 'Bawaan', imported: 'Diimpor' },
  inUse: 'Sedang dipakai',
  nowInUse: 'Paket "{{title}}" versi {{version}} sekarang dipakai.',
  use: 'Pakai',
  useLabel: 'Pakai paket {{title}} versi {{version}}',
  criteria: '{{count}} kriteria',
  importButton: 'Impor paket (.json)',
  importing: 'Memeriksa paket…',
  installed:
    'Paket "{{title}}" versi {{version}} berhasil dipasang. Pilih "Pakai" untuk menggunakannya.',
  alreadyInstalled: 'Paket "{{title}}" versi {{version}} sudah terpasang; tidak ada yang berubah.',
  remove: 'Hapus',
  removeLabel: 'Hapus paket {{title}} versi {{version}}',
  removeTitle: 'Hapus paket "{{title}}"?',
  removeBody: 'Paket ini akan dihapus dari perangkat. Anda dapat mengimpornya lagi kapan saja.',
  removeConfirm: 'Hapus paket',
  cancel: 'Batal',
  removed: 'Paket "{{title}}" dihapus.',
  errors: {
    conflict:
      'Paket {{key}} sudah terpasang dengan isi yang berbeda. Naikkan nomor versinya di berkas agar asesmen lama tetap membaca teks yang sama.',
    builtin: 'Paket bawaan tidak dapat dihapus.',
    notFound: 'Paket ini tidak lagi terpasang.',
    unexpected: 'Terjadi kesalahan tak terduga: {{detail}}',
  },
};
