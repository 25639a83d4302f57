import type { Catalogue } from '../catalogue';

export const portfolioExportEn: Catalogue['portfolioExport'] = {
  title: 'Export PDF',
};
