export default {
  title: 'Catatan ini tampaknya memuat identitas seseorang:',
  kinds: {
    nik: '16 angka yang mirip NIK ({{masked}})',
    phone: 'nomor yang mirip nomor telepon ({{masked}})',
    email: 'alamat surel ({{masked}})',
    birthDate: 'tanggal lahir lengkap ({{masked}})',
  },
  advice:
    'Menjaga kerahasiaan klien adalah nilai dasar profesi. Samarkan data ini (misalnya dengan inisial atau usia) sebelum menjadi bagian portofolio. Jika ini bukan data klien, abaikan peringatan ini.',
};
