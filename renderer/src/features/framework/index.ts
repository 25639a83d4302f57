/** The framework feature's public face: its page. */
export { FrameworkPage } from './FrameworkPage';
