import type { Messages } from '../catalogue';

export default {
  practiceLevel: { mikro: 'Micro', mezzo: 'Mezzo', makro: 'Macro' },
  function: {
    preventif: 'Preventive',
    'kuratif-rehabilitatif': 'Curative-rehabilitative',
    pengembangan: 'Developmental',
  },
  task: {
    'kapasitas-pemecahan-masalah': 'Enhance problem-solving capacity',
    'menghubungkan-sistem-sumber': 'Link clients with resource systems',
    'interaksi-dengan-sistem-sumber': 'Facilitate interaction with resource systems',
    'interaksi-dalam-sistem-sumber': 'Facilitate interaction within resource systems',
    'kebijakan-sosial': 'Influence social policy',
    'distribusi-sumber': 'Distribute resources',
    'kontrol-sosial': 'Exercise social control',
  },
  practiceForm: {
    'social-casework': 'Social casework',
    'case-management': 'Case management',
    'group-work': 'Group work',
    'group-therapy': 'Group therapy',
    'family-therapy': 'Family therapy',
    'community-organization': 'Community organisation',
    administration: 'Administration',
  },
  stage: {
    'kontak-pendahuluan': 'Engagement',
    asesmen: 'Assessment',
    'rencana-intervensi': 'Intervention planning',
    'pelaksanaan-intervensi': 'Intervention',
    'evaluasi-terminasi': 'Evaluation and termination',
  },
} satisfies Messages<'vocab'>;
