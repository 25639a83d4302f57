import type { Messages } from '../catalogue';

export default {
  anak: 'Children',
  'lanjut-usia': 'Older people',
  disabilitas: 'Disability',
  napza: 'Substance use (NAPZA)',
  kesehatan: 'Health',
  koreksional: 'Corrections',
  sekolah: 'School',
  kebencanaan: 'Disaster',
  komunitas: 'Community',
} satisfies Messages<'fields'>;
