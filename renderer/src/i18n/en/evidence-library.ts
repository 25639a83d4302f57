import type { Messages } from '../catalogue';

export default {
  title: 'Manage evidence',
  back: '← Back to self-assessment',
  link: 'Manage all evidence',
  intro:
    'All your evidence in one place: check the VATM rules, edit the description, replace the file, or delete what is no longer relevant.',
  empty: 'No evidence yet. Add evidence from the criterion you are rating in the self-assessment.',
  toAssessment: 'Open the self-assessment',
  count_one: '{{count}} piece of evidence',
  count_other: '{{count}} pieces of evidence',
  supports_one: 'Supports {{count}} criterion',
  supports_other: 'Supports {{count}} criteria',
  supportsNone: 'Not linked to any criterion yet.',
  otherPack: '(another framework pack)',
  saveFile: 'Save file',
  saveFileLabel: 'Save file "{{name}}"',
  edit: 'Edit',
  editLabel: 'Edit "{{title}}"',
  delete: 'Delete',
  deleteLabel: 'Delete "{{title}}"',
  deleteTitle: 'Delete evidence "{{title}}"?',
  deleteBody_one:
    'This evidence and its file will be removed from this device, with its link to {{count}} criterion. This cannot be undone.',
  deleteBody_other:
    'This evidence and its file will be removed from this device, with its links to {{count}} criteria. This cannot be undone.',
  deleteConfirm: 'Delete evidence',
  failed: 'That did not work: {{reason}}. Your data is unchanged; please try again.',
} satisfies Messages<'evidenceLibrary'>;
