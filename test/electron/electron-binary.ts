import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export type ElectronBinaryStatus =
  { available: true; executablePath: string } | { available: false; reason: string };

/**
 * Finds the Electron binary without `require('electron')`, which would try to download it.
 * The npm package records the binary's path in path.txt once the binary is installed.
 */
export function electronBinaryStatus(): ElectronBinaryStatus {
  const override = process.env['ELECTRON_OVERRIDE_DIST_PATH'];
  let packageDir: string;
  try {
    packageDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return { available: false, reason: 'the electron npm package is not installed' };
  }
  const pathFile = path.join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) {
    return {
      available: false,
      reason:
        'no Electron binary on this machine (node_modules/electron/path.txt is missing; the binary is downloaded from outside the npm registry on first run)',
    };
  }
  const relative = readFileSync(pathFile, 'utf8').trim();
  const executablePath = override
    ? path.join(override, relative)
    : path.join(packageDir, 'dist', relative);
  return existsSync(executablePath)
    ? { available: true, executablePath }
    : { available: false, reason: `the Electron binary is missing at ${executablePath}` };
}
