import type { Messages } from '../catalogue';

export default {
  title: 'Profile',
  intro: 'Used in your portfolio and to fit the material to the level you are aiming for.',
  requiredNote: 'Fields marked * are required.',
  fullName: 'Full name',
  fullNameHint: 'As on your diploma or ID card, with degrees if any.',
  targetLevel: 'Target certification level',
  educationLegend: 'Highest education',
  programme: 'Study programme',
  programmeHint: 'For example Social Welfare or Social Work.',
  institution: 'University',
  graduationYear: 'Graduation year',
  graduationYearHint: 'Still studying? Enter the year you expect to graduate.',
  workplace: 'Workplace or agency',
  fieldsLegend: 'Fields of practice',
  fieldsHint: 'Choose all that match your experience.',
  strNumber: 'STR number',
  strHint: 'Registration certificate from the professional body. Leave empty if you have none.',
  save: 'Save profile',
  saving: 'Saving…',
  saved: 'Profile saved.',
  savedAt: 'Last saved: {{time}}',
  invalidSummary:
    'Profile not saved. {{count}} field(s) need fixing; see the message under each field.',
  saveFailed:
    'Could not save the profile ({{reason}}). Your input is still on screen; try saving again.',
  leaveTitle: 'Leave this page?',
  leaveBody: 'Your changes to the profile have not been saved and will be lost.',
  leaveConfirm: 'Leave',
  leaveCancel: 'Stay',
} satisfies Messages<'profile'>;
