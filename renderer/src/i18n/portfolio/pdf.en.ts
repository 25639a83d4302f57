import type { Catalogue } from '../catalogue';

export const portfolioPdfEn: Catalogue['portfolioPdf'] = {
  title: 'Portfolio (PDF)',
};
