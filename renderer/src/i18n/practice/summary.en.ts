import type { Catalogue } from '../catalogue';

export const practiceSummaryEn: Catalogue['practiceSummary'] = {
  title: 'Summary & targets',
};
