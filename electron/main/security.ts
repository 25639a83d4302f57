import type { WebContents, WebPreferences } from 'electron';
import { isSafeExternalUrl } from '../../shared/security/external-url';

/**
 * The renderer is served from this origin. IndexedDB data belongs to the origin, so it must
 * never change after a release, or every user's data would seem to vanish.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'kompeten';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True when `url` belongs to the app itself. Node's URL gives non-special schemes an opaque
 * origin, so compare scheme and host rather than `origin`. `devServerUrl` is only passed in
 * development (electron-vite dev).
 */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true;
  if (devServerUrl) {
    const dev = parse(devServerUrl);
    return dev !== null && parsed.origin === dev.origin;
  }
  return false;
}

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  };
}

type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * Keeps a web contents inside the app: navigation, redirects and new windows are allowed only
 * to the app's own URLs; safe https links go to the system browser instead; webviews never attach.
 */
export function guardWebContents(
  contents: GuardedContents,
  isAllowed: (url: string) => boolean,
  openExternal: (url: string) => void,
): void {
  const blockForeign = (event: { preventDefault(): void }, url: string) => {
    if (isAllowed(url)) return;
    event.preventDefault();
    if (isSafeExternalUrl(url)) openExternal(url);
  };
  contents.on('will-navigate', blockForeign);
  contents.on('will-redirect', blockForeign);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) openExternal(url);
    return { action: 'deny' };
  });
}
