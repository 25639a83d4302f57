/**
 * The sign-off feature's public face: supervisors and their key cards, requests for a
 * supervisor's signature, in-person signing and reading a supervisor's response.
 *
 * The practice log builds on it; what all three Jam Praktik features show (the tabs, the words
 * for practice values, the entries) lives below them in ui/ and queries/.
 */
export { SupervisorsPage } from './SupervisorsPage';
export { SignoffBadge, signoffDetail } from './SignoffBadge';
export { RequestDialog } from './RequestDialog';
export { InPersonDialog } from './InPersonDialog';
export { ResponseResult } from './ResponseResult';
export { importResponse, type ResponseImportResult } from './import-response';
export { useSupervisors } from './use-supervisors';
