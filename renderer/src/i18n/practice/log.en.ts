import type { Catalogue } from '../catalogue';

export const practiceEn: Catalogue['practice'] = {
  title: 'Practice hours',
  hours: '{{hours}} h',
  nav: {
    label: 'Practice hours pages',
    log: 'Log',
    summary: 'Summary & targets',
    supervisors: 'Supervisors',
    settings: 'Fields & targets',
    supervisorMode: 'Supervisor mode',
  },
  activityKinds: {
    'kontak-langsung': 'Direct contact with clients',
    'tidak-langsung': 'Indirect work',
    supervisi: 'Supervision received',
    pelatihan: 'Training',
  },
};
