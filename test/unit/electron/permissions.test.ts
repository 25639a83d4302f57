import { describe, expect, it } from 'vitest';
import { isPermissionGranted } from '../../../electron/main/permissions';
import { isAppUrl } from '../../../electron/main/security';

const own = (url: string) => isAppUrl(url);

describe('page permissions', () => {
  it('grants persistent storage to the app itself, as origin or as page URL', () => {
    expect(isPermissionGranted('persistent-storage', 'app://kompeten', own)).toBe(true);
    expect(isPermissionGranted('persistent-storage', 'app://kompeten/index.html#/data', own)).toBe(
      true,
    );
  });

  it.each(['https://evil.example', 'file:///index.html', 'app://other', undefined])(
    'refuses persistent storage to %s',
    (url) => {
      expect(isPermissionGranted('persistent-storage', url, own)).toBe(false);
    },
  );

  it.each(['notifications', 'media', 'geolocation', 'clipboard-read', 'openExternal', 'unknown'])(
    'refuses %s even to the app',
    (permission) => {
      expect(isPermissionGranted(permission, 'app://kompeten', own)).toBe(false);
    },
  );
});
