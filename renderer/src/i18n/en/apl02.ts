import type { Messages } from '../catalogue';

export default {
  title: 'Self-assessment in APL-02 layout',
  link: 'View APL-02 layout',
  back: 'Back to Self-assessment',
  note: 'This layout follows the FR.APL.02 (self-assessment) form commonly used by certification bodies under BNSP. We have not confirmed that the social-work scheme uses it; follow your institution’s official form if it has one.',
  candidate: 'Candidate',
  level: 'Level',
  round: 'Round',
  pack: 'Framework pack',
  unit: 'Competency unit',
  element: 'Element: {{title}}',
  criterion: 'Performance criterion',
  k: 'K',
  bk: 'BK',
  evidence: 'Relevant evidence',
  none: '—',
  marked: 'chosen',
  noRound: 'No assessment round yet. Start the self-assessment first.',
  notSet: 'not filled in',
} satisfies Messages<'apl02'>;
