import type { Messages } from '../catalogue';

export default {
  welcome: 'Welcome to Kompeten',
  intro:
    'Kompeten helps you prepare for social-work competency certification: map yourself against the competency standard, log practice hours, practise for the test, and build your portfolio.',
  emptyTitle: 'Start with your profile',
  emptyBody:
    'Enter your name and the certification level you are aiming for. The other sections adapt to that level.',
  emptyAction: 'Fill in profile',
  greeting: 'Hello, {{name}}',
  targetLevel: 'Target level: {{level}}',
  editProfile: 'Edit profile',
} satisfies Messages<'home'>;
