import type { Messages } from '../catalogue';

export default {
  title: 'Portfolio',
  intro:
    'The portfolio material you write yourself: your curriculum vitae and the Deskripsi Diri essays. Everything is saved automatically on this device.',
  back: '← Back to portfolio',
  cvBody: 'Your CV in 11 parts, from identity to awards.',
  essaysBody: 'Fourteen essays on how you apply knowledge, skills and values in your practice.',
  exportTitle: 'PDF export',
  exportBody:
    'All of this, with the self-assessment, evidence and practice hours, in one PDF file with a verification code.',
  verifyTitle: 'Verify a portfolio',
  verifyBody:
    'For assessors: check that a portfolio’s data matches the code on the PDF cover and that the supervisors’ signatures are valid.',
} satisfies Messages<'portfolio'>;
