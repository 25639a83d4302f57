import type { Messages } from '../catalogue';

export default {
  title: 'Self-assessment',
  intro:
    'Rate yourself on each criterion: choose a rubric level, mark K (competent) or BK (not yet competent), write a short reflection, and attach evidence. Everything is saved automatically.',
  startFirst: 'Start the assessment',
  startFirstBody:
    'The assessment works in rounds. The first round uses the framework pack in use; later you can start a new round to see your progress.',
  round: 'Round {{number}}',
  roundMeta: 'Started {{date}} · {{pack}}',
  closedOn: 'Closed {{date}}',
  closedNotice:
    'This round is closed and kept as a record. Start a new round to update your ratings.',
  closeRound: 'Close round',
  closeTitle: 'Close round {{number}}?',
  closeBody: 'Ratings in this round cannot be changed once it is closed.',
  closeConfirm: 'Close round',
  newRound: 'Start a new round',
  newTitle: 'Start round {{number}}?',
  newBody:
    'The current round will be closed. Your answers are copied into the new round so you only need to update them.',
  newConfirm: 'Start a new round',
  cancel: 'Cancel',
  otherPack:
    'This round was made with pack {{round}}, but the pack in use is now {{active}}. Start a new round to assess yourself with the pack in use.',
  packMissing:
    'Pack {{key}}, used by this round, is no longer installed. Import it again under Competency framework.',
  levelNote: 'Showing the criteria for {{level}}.',
  noLevelNote:
    'Showing all criteria. Choose your level in Profile to see only the criteria for it.',
  progress: '{{answered}} of {{total}} criteria rated',
  unitProgress: '{{answered}}/{{total}} rated',
  notRated: 'Not rated',
  levelShort: 'Level {{level}}',
  editorEmpty: 'Choose a criterion to rate yourself.',
  rubricLegend: 'Level of mastery',
  judgementLegend: 'K/BK judgement',
  judgementK: 'K — competent',
  judgementBK: 'BK — not yet competent',
  reflection: 'Reflection',
  reflectionHint: 'What have you done, and what do you still need to develop?',
} satisfies Messages<'assessment'>;
