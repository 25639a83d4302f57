import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import {
  APP_ENTRY_URL,
  guardWebContents,
  isAppUrl,
  secureWebPreferences,
} from '../../../electron/main/security';

describe('secureWebPreferences', () => {
  it('isolates and sandboxes the page', () => {
    const prefs = secureWebPreferences('/app/preload/index.cjs');
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/app/preload/index.cjs',
    });
  });
});

describe('isAppUrl', () => {
  it('accepts the app origin only', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://kompeten/#/profil')).toBe(true);
    expect(isAppUrl('app://kompeten.evil/')).toBe(false);
    expect(isAppUrl('app://evil/kompeten')).toBe(false);
    expect(isAppUrl('https://kompeten/')).toBe(false);
    expect(isAppUrl('http://localhost:5173/')).toBe(false);
  });

  it('accepts the dev server only when one is given', () => {
    expect(isAppUrl('http://localhost:5173/#/', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
  });
});

/** A stand-in for WebContents that records what the guard installed. */
function fakeContents() {
  const events = new EventEmitter();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  return {
    on: (name: string, listener: (...args: unknown[]) => void) => {
      events.on(name, listener);
      return undefined as never;
    },
    setWindowOpenHandler: (handler: typeof openHandler) => {
      openHandler = handler;
    },
    emit(name: string, url?: string) {
      const event = { preventDefault: vi.fn() };
      events.emit(name, event, url);
      return event.preventDefault.mock.calls.length > 0;
    },
    open: (url: string) => openHandler?.({ url }),
  };
}

describe('guardWebContents', () => {
  function guarded() {
    const contents = fakeContents();
    const openExternal = vi.fn();
    guardWebContents(contents as never, (url) => isAppUrl(url), openExternal);
    return { contents, openExternal };
  }

  it('lets the app navigate within itself', () => {
    const { contents } = guarded();
    expect(contents.emit('will-navigate', 'app://kompeten/index.html')).toBe(false);
  });

  it('blocks navigation and redirects elsewhere, sending https links to the browser', () => {
    const { contents, openExternal } = guarded();
    expect(contents.emit('will-navigate', 'https://example.org/')).toBe(true);
    expect(contents.emit('will-redirect', 'file:///etc/passwd')).toBe(true);
    expect(openExternal).toHaveBeenCalledTimes(1);
    expect(openExternal).toHaveBeenCalledWith('https://example.org/');
  });

  it('never opens new windows and never attaches webviews', () => {
    const { contents, openExternal } = guarded();
    expect(contents.open('app://kompeten/index.html')).toEqual({ action: 'deny' });
    expect(contents.open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(contents.open('https://example.org/')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledTimes(1);
    expect(contents.emit('will-attach-webview')).toBe(true);
  });
});
