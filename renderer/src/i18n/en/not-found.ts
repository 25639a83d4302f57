import type { Messages } from '../catalogue';

export default {
  title: 'Page not found',
  body: 'This address does not exist in Kompeten.',
  back: 'Back to Home',
} satisfies Messages<'notFound'>;
