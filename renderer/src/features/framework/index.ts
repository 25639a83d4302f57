/** The framework feature's public face: its page and the pack in use. */
export { FrameworkPage } from './FrameworkPage';
export { ensureBuiltinPack } from './builtin-pack';
export { useActivePack } from './use-active-pack';
