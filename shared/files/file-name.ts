/** Characters Windows, macOS or a shell would treat specially in a file name. */
const RESERVED = /[\\/:*?"<>|]/;
const MAX_FILE_NAME_LENGTH = 200;

const isControl = (c: string) => c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127;

/** A bare file name: no folders, no traversal, nothing a file system treats specially. */
export function isSafeFileName(name: string): boolean {
  return (
    name.length >= 1 &&
    name.length <= MAX_FILE_NAME_LENGTH &&
    !RESERVED.test(name) &&
    ![...name].some(isControl) &&
    name !== '.' &&
    name !== '..'
  );
}

/**
 * Turns a name that came from elsewhere (an uploaded file, a title) into one `isSafeFileName`
 * accepts, keeping the extension when it has to shorten it.
 */
export function toSafeFileName(name: string, fallback = 'berkas'): string {
  const cleaned = [...name]
    .filter((c) => !isControl(c))
    .map((c) => (RESERVED.test(c) ? '_' : c))
    .join('')
    .trim()
    .replace(/^\.+$/, '');
  const base = cleaned || fallback;
  if (base.length <= MAX_FILE_NAME_LENGTH) return base;
  const dot = base.lastIndexOf('.');
  const extension = dot > 0 && base.length - dot <= 11 ? base.slice(dot) : '';
  return base.slice(0, MAX_FILE_NAME_LENGTH - extension.length) + extension;
}

/** The extension for a save dialog's filter: lower-case letters and digits only. */
export function fileExtension(name: string): string | null {
  const extension = /\.([a-z0-9]{1,10})$/i.exec(name)?.[1];
  return extension ? extension.toLowerCase() : null;
}
