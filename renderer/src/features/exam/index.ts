/** The written-test practice feature's public face: its pages. */
export { ExamPage } from './ExamPage';
export { DrillPage } from './DrillPage';
export { ReportPage } from './ReportPage';
export { SimulationPage } from './SimulationPage';
