/** The confidentiality guard, shown under every field that may hold someone's identity. */
export { IdentityWarning } from './IdentityWarning';
