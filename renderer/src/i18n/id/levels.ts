export default {
  asisten: 'Asisten Pekerja Sosial',
  generalis: 'Pekerja Sosial Generalis',
  spesialis: 'Pekerja Sosial Spesialis',
};
