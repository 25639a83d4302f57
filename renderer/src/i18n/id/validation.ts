export default {
  required: 'Wajib diisi.',
  tooShort: 'Terlalu pendek: minimal {{min}} karakter.',
  tooLong: 'Terlalu panjang: paling banyak {{max}} karakter.',
  chooseLevel: 'Pilih salah satu jenjang.',
  yearFormat: 'Tulis tahun dengan 4 angka, misalnya 2019.',
  yearRange: 'Tahun harus antara {{min}} dan {{max}}.',
  strFormat:
    'Nomor STR hanya boleh berisi huruf, angka, spasi, titik, garis miring, dan tanda hubung (4–40 karakter).',
  unknownField: 'Bidang praktik ini tidak dikenal. Pilih dari daftar.',
};
