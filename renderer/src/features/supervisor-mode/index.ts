/**
 * The supervisor mode's public face: the second role, in which a supervisor keeps their own
 * signing key and reviews and signs a candidate's request on their own computer.
 */
export { SupervisorModePage } from './SupervisorModePage';
