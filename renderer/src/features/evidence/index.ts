/** The evidence feature's public face: its page, the panel under a criterion, the list. */
export { EvidencePage } from './EvidencePage';
export { EvidencePanel } from './EvidencePanel';
