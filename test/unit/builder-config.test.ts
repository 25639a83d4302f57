import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { APP_ID } from '../../electron/main/app-id';

const root = path.resolve(import.meta.dirname, '../..');
const config = parse(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Record<
  string,
  unknown
>;
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  main: string;
  devDependencies: Record<string, string>;
  dependencies?: Record<string, string>;
};

/** Every string value under a key named like a path (icon, buildResources …), anywhere. */
function pathsIn(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return /icon|resources|license/i.test(key) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((v) => pathsIn(v, key));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => pathsIn(v, k));
  return [];
}

describe('electron-builder.yml', () => {
  it('names the app and targets every platform we ship', () => {
    // The main process sets the same id on Windows (taskbar grouping, notifications).
    expect(config['appId']).toBe(APP_ID);
    expect(config['productName']).toBe('Kompeten');
    expect(JSON.stringify(config['win'])).toContain('nsis');
    expect(JSON.stringify(config['mac'])).toContain('dmg');
    expect(config['linux']).toMatchObject({ target: ['deb', 'AppImage'] });
  });

  it('points only at files that exist', () => {
    const paths = pathsIn(config);
    expect(paths.length).toBeGreaterThan(3);
    for (const p of paths) expect(existsSync(path.join(root, p)), p).toBe(true);
  });

  it('packages the build output that package.json starts from', () => {
    expect(config['files']).toContain('out/**');
    expect(pkg.main.startsWith('out/')).toBe(true);
  });

  it('keeps Electron a build-time dependency pinned to one version', () => {
    expect(pkg.dependencies?.['electron']).toBeUndefined();
    expect(pkg.devDependencies['electron']).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('turns off the fuses that would let anyone run the app as plain Node', () => {
    expect(config['electronFuses']).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      onlyLoadAppFromAsar: true,
    });
  });
});
