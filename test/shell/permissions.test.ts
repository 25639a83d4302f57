import { describe, expect, it } from 'vitest';
import { startWithWindow } from './start-main';

// Electron grants every permission when the app installs no handler; the app needs exactly
// one, persistent storage (so Chromium never evicts the IndexedDB with the user's data), and
// only for its own page.
const REFUSED = ['notifications', 'media', 'geolocation', 'clipboard-read', 'openExternal', 'midi'];

describe('page permissions', () => {
  it('installs both handlers once the app is ready', async () => {
    const { harness } = await startWithWindow();
    for (const api of [
      'session.defaultSession.setPermissionRequestHandler',
      'session.defaultSession.setPermissionCheckHandler',
    ]) {
      expect(harness.callsTo(api).map((c) => c.afterReady)).toEqual([true]);
    }
  });

  it('grants persistent storage to the app page, asked or checked', async () => {
    const { harness } = await startWithWindow();
    expect(await harness.requestPermission('persistent-storage', 'app://kompeten/index.html')).toBe(
      true,
    );
    expect(harness.checkPermission('persistent-storage', 'app://kompeten')).toBe(true);
  });

  it.each(['https://evil.example/', 'app://other/index.html', 'file:///index.html'])(
    'refuses persistent storage to %s',
    async (url) => {
      const { harness } = await startWithWindow();
      expect(await harness.requestPermission('persistent-storage', url)).toBe(false);
      expect(harness.checkPermission('persistent-storage', new URL(url).origin)).toBe(false);
    },
  );

  it.each(REFUSED)('refuses %s, even to the app page', async (permission) => {
    const { harness } = await startWithWindow();
    expect(await harness.requestPermission(permission, 'app://kompeten/index.html')).toBe(false);
    expect(await harness.requestPermission(permission, 'https://evil.example/')).toBe(false);
    expect(harness.checkPermission(permission, 'app://kompeten')).toBe(false);
  });
});
