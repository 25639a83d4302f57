/** The practice-log feature's public face: its pages. */
export { PracticePage } from './PracticePage';
export { SupervisorModePage } from './SupervisorModePage';
export { SupervisorsPage } from './SupervisorsPage';
export { PracticeSettingsPage } from './PracticeSettingsPage';

/** The summary page, loaded when opened: its charts (recharts) stay out of the start-up bundle. */
export const loadPracticeSummaryPage = () => import('./PracticeSummaryPage');
