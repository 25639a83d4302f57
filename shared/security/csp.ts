/**
 * The Content-Security-Policy for the renderer, in Electron (response header) and in the browser
 * build (meta tag). Known to work with the Vite build and with pdfmake in a worker.
 * No remote origins and no eval.
 */
const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

/** Browsers ignore frame-ancestors in a meta tag, so it is only sent as a header. */
export const CSP_META = DIRECTIVES.join('; ');
export const CSP_HEADER = [...DIRECTIVES, "frame-ancestors 'none'"].join('; ');
