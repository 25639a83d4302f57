/** Jam Praktik: the log, its forms, CSV and the candidate's side of sign-off. */
export const practiceId = {
  title: 'Jam Praktik',
  hours: '{{hours}} jam',
  nav: {
    label: 'Bagian Jam Praktik',
    log: 'Log',
    summary: 'Ringkasan & Target',
    supervisors: 'Supervisor',
    settings: 'Bidang & Target',
    supervisorMode: 'Mode Supervisor',
  },
  activityKinds: {
    'kontak-langsung': 'Kontak langsung dengan klien',
    'tidak-langsung': 'Kerja tidak langsung',
    supervisi: 'Supervisi yang diterima',
    pelatihan: 'Pelatihan',
  },
};
