#!/usr/bin/env node
// Runs before `npm start` and `npm run dev`: makes sure the Electron binary is there.
//
// Since Electron 42 the npm package has no install script; the binary is fetched on first use,
// and electron-vite never triggers that (it only reads node_modules/electron/path.txt and stops
// with "Electron uninstall"). So this step runs Electron's own installer when the binary is
// missing. It is not a postinstall step on purpose: `npm ci` must pass on machines without
// internet, where the browser variant (`npm run web`) is the way to run the app.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** What Electron's installer (@electron/get) declares it needs. */
const NODE_NEEDED = [22, 12];

function fail(lines) {
  console.error(['', ...lines, ''].join('\n'));
  process.exit(1);
}

let electronDir;
try {
  const require = createRequire(path.join(process.cwd(), 'package.json'));
  electronDir = path.dirname(require.resolve('electron/package.json'));
} catch {
  fail(['The electron package is missing: run `npm install` first.']);
}

function installed() {
  // electron-vite takes this path as is; nothing to fetch.
  if (process.env.ELECTRON_EXEC_PATH) return existsSync(process.env.ELECTRON_EXEC_PATH);
  const pathFile = path.join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return false;
  const binary = readFileSync(pathFile, 'utf8').trim();
  return existsSync(path.join(electronDir, 'dist', binary));
}

if (installed()) process.exit(0);

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < NODE_NEEDED[0] || (major === NODE_NEEDED[0] && minor < NODE_NEEDED[1])) {
  fail([
    `Running the desktop app from source needs Node ${NODE_NEEDED.join('.')} or newer to download`,
    `Electron (this is Node ${process.versions.node}). Install a newer Node, or run the same app in`,
    'a browser with `npm run web`.',
  ]);
}

console.log('Downloading the Electron binary (once; about 100 MB)…');
const result = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], {
  stdio: 'inherit',
});
if (result.status !== 0 || !installed()) {
  fail([
    'The Electron binary could not be downloaded. It needs internet once (set ELECTRON_MIRROR',
    'for a mirror, or ELECTRON_EXEC_PATH for a binary you already have). Without it, run the',
    'same app in a browser with `npm run web`.',
  ]);
}
