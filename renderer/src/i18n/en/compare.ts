import type { Messages } from '../catalogue';

export default {
  title: 'Compare rounds',
  intro: 'See which criteria changed between two rounds.',
  from: 'Earlier round',
  to: 'Compared round',
  roundOption: 'Round {{number}}',
  summary: '{{improved}} up, {{declined}} down, {{changed}} other changes',
  none: 'Nothing changed between these two rounds.',
  criterion: 'Criterion',
  before: 'Before',
  after: 'After',
  change: 'Change',
  kinds: { improved: 'Up', declined: 'Down', changed: 'Changed', unchanged: 'Same' },
  empty: '—',
} satisfies Messages<'compare'>;
