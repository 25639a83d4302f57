/** The framework feature's public face: its page and the pack in use. */
export { FrameworkPage } from './FrameworkPage';

export { useActivePack } from '../../queries/packs';
