import type { Messages } from '../catalogue';

export default {
  home: 'Home',
  profile: 'Profile',
  framework: 'Competency framework',
  assessment: 'Self-assessment',
  practice: 'Practice hours',
  portfolio: 'Portfolio',
  exam: 'Exam practice',
  data: 'Data & backup',
  settings: 'Settings',
} satisfies Messages<'nav'>;
