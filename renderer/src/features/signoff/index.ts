/**
 * The sign-off feature's public face: supervisors and their key cards, requests for a
 * supervisor's signature, in-person signing and reading a supervisor's response.
 *
 * It is the lowest of the three Jam Praktik features (practice-log and supervisor-mode build on
 * it, it on neither), so it also offers what all three pages show: the Jam Praktik tabs, the
 * words for practice values and hours, and the practice entries.
 */
export { SupervisorsPage } from './SupervisorsPage';
export { SignoffBadge, signoffDetail } from './SignoffBadge';
export { RequestDialog } from './RequestDialog';
export { InPersonDialog } from './InPersonDialog';
export { ResponseResult } from './ResponseResult';
export { importResponse, type ResponseImportResult } from './import-response';
export { useSupervisors } from './use-supervisors';

export { PracticeNav } from './PracticeNav';
export { dimensionOptions, fieldLabel, formatHours, valueLabel } from './practice-labels';
export { usePracticeEntries } from './use-practice-entries';
