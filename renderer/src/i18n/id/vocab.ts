export default {
  practiceLevel: { mikro: 'Mikro', mezzo: 'Mezzo', makro: 'Makro' },
  function: {
    preventif: 'Preventif',
    'kuratif-rehabilitatif': 'Kuratif-rehabilitatif',
    pengembangan: 'Pengembangan',
  },
  task: {
    'kapasitas-pemecahan-masalah': 'Meningkatkan kemampuan memecahkan masalah',
    'menghubungkan-sistem-sumber': 'Menghubungkan klien dengan sistem sumber',
    'interaksi-dengan-sistem-sumber': 'Memfasilitasi interaksi dengan sistem sumber',
    'interaksi-dalam-sistem-sumber': 'Memfasilitasi interaksi di dalam sistem sumber',
    'kebijakan-sosial': 'Memengaruhi kebijakan sosial',
    'distribusi-sumber': 'Mendistribusikan sumber',
    'kontrol-sosial': 'Menjalankan kontrol sosial',
  },
  practiceForm: {
    'social-casework': 'Social casework',
    'case-management': 'Manajemen kasus',
    'group-work': 'Pekerjaan sosial dengan kelompok',
    'group-therapy': 'Terapi kelompok',
    'family-therapy': 'Terapi keluarga',
    'community-organization': 'Pengorganisasian masyarakat',
    administration: 'Administrasi',
  },
  stage: {
    'kontak-pendahuluan': 'Kontak pendahuluan',
    asesmen: 'Asesmen',
    'rencana-intervensi': 'Rencana intervensi',
    'pelaksanaan-intervensi': 'Pelaksanaan intervensi',
    'evaluasi-terminasi': 'Evaluasi dan terminasi',
  },
};
