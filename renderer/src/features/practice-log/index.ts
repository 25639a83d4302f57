/**
 * The practice log's public face (Jam Praktik): the log with its filters, CSV and entry form, the
 * targets and fields of practice, the summary, and the practice configuration.
 */
export { PracticePage } from './PracticePage';
export { PracticeSettingsPage } from './PracticeSettingsPage';
export { savePracticeConfig, usePracticeConfig } from './use-practice-config';

/** The summary page, loaded when opened: its charts (recharts) stay out of the start-up bundle. */
export const loadPracticeSummaryPage = () => import('./PracticeSummaryPage');
