import type { Messages } from '../catalogue';

export default {
  title: 'Something went wrong',
  body: 'This part cannot be shown because of an error in the app. Data already saved is not affected.',
  details: 'Technical details (include them when reporting the problem)',
  reload: 'Reload the app',
  home: 'Back to Home',
} satisfies Messages<'errorBoundary'>;
