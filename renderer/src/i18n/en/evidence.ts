import type { Messages } from '../catalogue';

export default {
  linked: 'Evidence for this criterion',
  noneLinked: 'No evidence for this criterion yet.',
  add: 'Add new evidence',
  linkExisting: 'Link existing evidence',
  linkLabel: 'Link "{{title}}" to this criterion',
  unlink: 'Unlink',
  unlinkLabel: 'Unlink "{{title}}" from this criterion',
  formTitle: 'New evidence',
  editTitle: 'Edit evidence',
  removeFile: 'Remove this file from the evidence',
  replaceFile: 'Replace the file (optional)',
  name: 'Evidence title',
  date: 'Date',
  type: 'Type of evidence',
  types: {
    L: 'L — direct (observation)',
    TL: 'TL — indirect (documents, portfolio)',
    T: 'T — supplementary (test, interview)',
  },
  typeShort: { L: 'L', TL: 'TL', T: 'T' },
  description: 'Description',
  descriptionHint: 'Do not write names, ID numbers or other details that could identify a client.',
  link: 'Link (optional)',
  linkHint: 'An https address of a file stored elsewhere.',
  file: 'File (optional)',
  fileHint: 'At most {{max}}. The file is stored on this device only.',
  fileTooLarge:
    'File "{{name}}" is {{size}}, over the {{max}} limit. Make it smaller, or store it elsewhere and add a link.',
  fileEmpty: 'File "{{name}}" is empty (0 bytes). Choose the file that holds the evidence.',
  fileNotWhatItClaims:
    'File "{{name}}" is not a whole {{type}} file, whatever its name says. It may be damaged, or the wrong file. Open it on your computer to check, then choose it again.',
  signedTypes: { pdf: 'PDF', png: 'PNG image', jpeg: 'JPEG photo' },
  vatmLegend: 'Evidence rules (VATM)',
  vatmHint: 'Tick the ones that are met.',
  vatm: {
    valid: 'Valid — fits the criterion it supports',
    asli: 'Authentic (asli) — really your own work',
    terkini: 'Current (terkini) — still reflects what you can do now',
    memadai: 'Sufficient (memadai) — enough to show that ability',
  },
  vatmMet: 'Meets VATM',
  vatmMissing: 'VATM incomplete',
  hasFile: 'File: {{name}} ({{size}})',
  save: 'Save evidence',
  cancel: 'Cancel',
  saveFailed:
    'Could not save the evidence ({{reason}}). Your input is still on screen; try saving again.',
  errors: {
    required: 'Required.',
    tooLong: 'Too long: at most {{max}} characters.',
    dateFormat: 'Not a valid date. Pick one from the calendar.',
    futureDate: 'The date cannot be in the future.',
    unsafeLink:
      'Write the whole link, starting with https:// (for example https://example.org/report), with no user name or password in it.',
  },
} satisfies Messages<'evidence'>;
