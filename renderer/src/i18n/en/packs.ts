import type { Messages } from '../catalogue';

export default {
  title: 'Manage framework packs',
  intro:
    'Institutions can share packs holding the official text of the competency standard. Several packs may be installed; choose the one in use. Assessments remember the pack and version they were made with.',
  source: { builtin: 'Built-in', imported: 'Imported' },
  inUse: 'In use',
  nowInUse: 'The pack "{{title}}" version {{version}} is now in use.',
  use: 'Use',
  useLabel: 'Use pack {{title}} version {{version}}',
  criteria: '{{count}} criteria',
  importButton: 'Import pack (.json)',
  importing: 'Checking the pack…',
  installed: 'Pack "{{title}}" version {{version}} was installed. Choose "Use" to use it.',
  alreadyInstalled: 'Pack "{{title}}" version {{version}} is already installed; nothing changed.',
  remove: 'Remove',
  removeLabel: 'Remove pack {{title}} version {{version}}',
  removeTitle: 'Remove pack "{{title}}"?',
  removeBody: 'The pack will be removed from this device. You can import it again at any time.',
  removeConfirm: 'Remove pack',
  cancel: 'Cancel',
  removed: 'Pack "{{title}}" was removed.',
  errors: {
    conflict:
      'Pack {{key}} is already installed with different content. Raise the version number in the file so earlier assessments keep reading the same text.',
    builtin: 'The built-in pack cannot be removed.',
    notFound: 'This pack is no longer installed.',
    unexpected: 'Something unexpected went wrong: {{detail}}',
  },
} satisfies Messages<'packs'>;
