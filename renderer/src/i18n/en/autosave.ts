import type { Messages } from '../catalogue';

export default {
  saving: 'Saving…',
  saved: 'Saved automatically',
  saveFailed: 'Could not save: {{reason}}. The last change is not saved yet; try again.',
} satisfies Messages<'autosave'>;
