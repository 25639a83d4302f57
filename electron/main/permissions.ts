/**
 * What the page may use of the browser's permissions. The app needs exactly one: persistent
 * storage, so the browser engine never evicts the IndexedDB that holds the user's data (Data &
 * Cadangan reports it). Camera, notifications, geolocation, clipboard reads… are all refused;
 * native notifications come from the main process instead.
 */
const GRANTED_TO_APP = new Set<string>(['persistent-storage']);

/** One answer for both Electron handlers: the request handler and the check handler. */
export function isPermissionGranted(
  permission: string,
  requestingUrl: string | undefined,
  isOwnUrl: (url: string) => boolean,
): boolean {
  return GRANTED_TO_APP.has(permission) && requestingUrl !== undefined && isOwnUrl(requestingUrl);
}
