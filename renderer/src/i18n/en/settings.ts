import type { Messages } from '../catalogue';

export default {
  title: 'Settings',
  languageLegend: 'Display language',
  languageHint: 'Content such as the competency framework and questions stays in its own language.',
  languageNames: { id: 'Bahasa Indonesia', en: 'English' },
  aboutTitle: 'About',
  version: 'Version',
  platform: 'Running as',
  platformElectron: 'Desktop app',
  platformWeb: 'Browser app',
} satisfies Messages<'settings'>;
