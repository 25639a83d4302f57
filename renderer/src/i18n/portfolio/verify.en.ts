import type { Catalogue } from '../catalogue';

export const portfolioVerifyEn: Catalogue['portfolioVerify'] = {
  title: 'Verify a portfolio',
};
