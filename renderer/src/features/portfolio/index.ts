/** The portfolio feature's public face: its pages. */
export { CvPage } from './CvPage';
export { ExportPage } from './export/ExportPage';
export { VerifyPage } from './VerifyPage';
export { PortfolioPage } from './PortfolioPage';
export { SelfDescriptionPage } from './SelfDescriptionPage';
