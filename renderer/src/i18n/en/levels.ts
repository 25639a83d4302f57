import type { Messages } from '../catalogue';

export default {
  asisten: 'Social Work Assistant (Asisten Pekerja Sosial)',
  generalis: 'Generalist Social Worker (Pekerja Sosial Generalis)',
  spesialis: 'Specialist Social Worker (Pekerja Sosial Spesialis)',
} satisfies Messages<'levels'>;
