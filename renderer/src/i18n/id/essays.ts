export default {
  title: 'Deskripsi Diri',
  intro:
    'Tuliskan bagaimana Anda menerapkan pengetahuan, keterampilan, dan nilai pekerjaan sosial dalam praktik. Asesor menilai setiap esai pada skala 1–5; esai yang kosong ditandai K (kosong).',
  promptsNote:
    'Pertanyaan di sini adalah rumusan Kompeten, bukan teks resmi. Jika LSP Anda memberikan rumusan sendiri, ganti pertanyaannya lewat "Sesuaikan pertanyaan".',
  listLabel: 'Daftar esai',
  progress:
    '{{total}} esai: {{ready}} cukup panjang, {{short}} di bawah sekitar 150 kata, {{blank}} masih kosong (K)',
  domains: { knowledge: 'Pengetahuan', skills: 'Keterampilan', values: 'Nilai' },
  badgeBlank: 'K',
  words_other: '{{count}} kata',
  status: {
    blank: 'belum diisi, akan ditandai K (kosong)',
    short: 'di bawah sekitar {{min}} kata: esai ini belum dapat memperoleh nilai tertinggi',
    ready: 'cukup panjang untuk nilai tertinggi',
  },
  answer: 'Jawaban Anda',
  answerHint:
    'Ceritakan pengalaman nyata dengan runtut: situasinya, apa yang Anda lakukan, dasar pengetahuan atau nilainya, dan hasilnya. Samarkan identitas klien.',
  customPrompt: 'Sesuaikan pertanyaan',
  customPromptUsed: 'Memakai rumusan pertanyaan dari LSP',
  customPromptLabel: 'Rumusan pertanyaan dari LSP',
  customPromptHint: 'Kosongkan untuk memakai pertanyaan Kompeten: "{{ours}}"',
  customPromptSave: 'Pakai rumusan ini',
  customPromptReset: 'Kembali ke pertanyaan Kompeten',
};
