/** The written-test practice feature's public face: its pages and the percentage it shows. */
export { ExamPage } from './ExamPage';
export { DrillPage } from './DrillPage';
export { ReportPage } from './ReportPage';
export { SimulationPage } from './SimulationPage';
export { percentText } from './percent';
