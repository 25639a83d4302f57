import type { Messages } from '../catalogue';

export default {
  name: 'Kompeten',
  tagline: 'Preparing for social-work competency certification',
  skipToContent: 'Skip to main content',
  loading: 'Loading…',
  mainNav: 'Main navigation',
  privacy: 'All data stays on this device and is never sent anywhere.',
} satisfies Messages<'app'>;
