import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export type ElectronBinaryStatus =
  { available: true; executablePath: string } | { available: false; reason: string };

/** Where the binary sits inside its folder, as Electron's own install.js names it. */
const PLATFORM_PATHS: Partial<Record<NodeJS.Platform, string>> = {
  darwin: 'Electron.app/Contents/MacOS/Electron',
  win32: 'electron.exe',
  linux: 'electron',
};

/**
 * Finds the Electron binary without `require('electron')`, which would try to download it. The
 * npm package records the binary's path in path.txt once it is installed;
 * ELECTRON_OVERRIDE_DIST_PATH names a folder holding a binary instead, as Electron honours it.
 */
export function electronBinaryStatus(): ElectronBinaryStatus {
  let packageDir: string;
  try {
    packageDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return { available: false, reason: 'the electron npm package is not installed' };
  }
  const pathFile = path.join(packageDir, 'path.txt');
  const recorded = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const override = process.env['ELECTRON_OVERRIDE_DIST_PATH'];
  if (!override && !recorded) {
    return {
      available: false,
      reason:
        'no Electron binary on this machine (node_modules/electron/path.txt is missing; the binary is downloaded from outside the npm registry on first run, or named with ELECTRON_OVERRIDE_DIST_PATH)',
    };
  }
  const relative = recorded ?? PLATFORM_PATHS[process.platform] ?? 'electron';
  const executablePath = override
    ? path.join(override, relative)
    : path.join(packageDir, 'dist', relative);
  return existsSync(executablePath)
    ? { available: true, executablePath }
    : { available: false, reason: `the Electron binary is missing at ${executablePath}` };
}

/** Chromium refuses to start its sandbox as root (CI containers); elsewhere it stays on. */
export const sandboxArgs = (): string[] => (process.getuid?.() === 0 ? ['--no-sandbox'] : []);

/**
 * A display for the app's window: the one there is, or on Linux without one (CI) an Xvfb of our
 * own, as `xvfb-run` would give. `stop` ends the Xvfb we started.
 */
export async function display(): Promise<{ env: Record<string, string>; stop(): void }> {
  if (process.platform !== 'linux' || process.env['DISPLAY'] || process.env['WAYLAND_DISPLAY'])
    return { env: {}, stop: () => undefined };
  // -displayfd: Xvfb picks a free display number and writes it to this descriptor when ready.
  const xvfb = spawn(
    'Xvfb',
    ['-displayfd', '3', '-screen', '0', '1280x800x24', '-nolisten', 'tcp'],
    {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    },
  );
  const number = await new Promise<string>((resolve, reject) => {
    let text = '';
    xvfb.stdio[3]?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes('\n')) resolve(text.trim());
    });
    xvfb.once('error', reject);
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited with ${code}`)));
  });
  return { env: { DISPLAY: `:${number}` }, stop: () => xvfb.kill() };
}
