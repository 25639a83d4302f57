import type { Messages } from '../catalogue';

export default {
  title: 'This note seems to contain someone’s identity:',
  kinds: {
    nik: '16 digits that look like an NIK ({{masked}})',
    phone: 'what looks like a phone number ({{masked}})',
    email: 'an e-mail address ({{masked}})',
    birthDate: 'a full date of birth ({{masked}})',
  },
  advice:
    'Client confidentiality is a core value of the profession. Disguise these details (for example with initials or an age) before they become part of your portfolio. If this is not a client’s data, ignore this warning.',
} satisfies Messages<'confidentiality'>;
