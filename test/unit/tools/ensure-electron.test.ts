import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

/** The step `npm start` and `npm run dev` run first (package.json: prestart, predev). */
const script = path.resolve(import.meta.dirname, '../../../electron/tools/ensure-electron.mjs');
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
const nodeCanDownload = major > 22 || (major === 22 && minor >= 12);

let project: string;
let electronDir: string;
beforeEach(async () => {
  project = await mkdtemp(path.join(tmpdir(), 'kompeten-ensure-'));
  electronDir = path.join(project, 'node_modules/electron');
  await mkdir(electronDir, { recursive: true });
  await writeFile(path.join(project, 'package.json'), '{"name":"p"}');
  await writeFile(path.join(electronDir, 'package.json'), '{"name":"electron","version":"44.0.0"}');
});
afterEach(async () => {
  await rm(project, { recursive: true, force: true });
});

/** A stand-in for Electron's install.js: downloads "successfully" or fails like offline. */
const installer = (succeeds: boolean) =>
  writeFile(
    path.join(electronDir, 'install.js'),
    succeeds
      ? `const fs = require('fs'); fs.mkdirSync(__dirname + '/dist', { recursive: true });
         fs.writeFileSync(__dirname + '/dist/electron', ''); fs.writeFileSync(__dirname + '/path.txt', 'electron');`
      : `console.error('RequestError: getaddrinfo ENOTFOUND'); process.exit(1);`,
  );

const run = (env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [script], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, ELECTRON_EXEC_PATH: '', ...env },
  });

describe('ensure-electron (before npm start)', () => {
  it('does nothing when the binary is there', async () => {
    await mkdir(path.join(electronDir, 'dist'));
    await writeFile(path.join(electronDir, 'dist/electron'), '');
    await writeFile(path.join(electronDir, 'path.txt'), 'electron');
    await installer(false);
    const result = run();
    expect(result.status).toBe(0);
    expect(result.stdout).not.toContain('Downloading');
  });

  it('takes a binary named by ELECTRON_EXEC_PATH, as electron-vite does', async () => {
    const binary = path.join(project, 'my-electron');
    await writeFile(binary, '');
    await installer(false);
    expect(run({ ELECTRON_EXEC_PATH: binary }).status).toBe(0);
  });

  it.runIf(nodeCanDownload)("runs Electron's installer when the binary is missing", async () => {
    await installer(true);
    const result = run();
    expect(result.status).toBe(0);
    expect(existsSync(path.join(electronDir, 'dist/electron'))).toBe(true);
  });

  it.runIf(nodeCanDownload)('explains what to do when the download fails', async () => {
    await installer(false);
    const result = run();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('npm run web');
  });

  it.runIf(!nodeCanDownload)(
    'names the Node version the download needs, and the browser variant',
    async () => {
      await installer(true);
      const result = run();
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('Node 22.12 or newer');
      expect(result.stderr).toContain('npm run web');
      // It stopped before downloading anything.
      expect(existsSync(path.join(electronDir, 'path.txt'))).toBe(false);
    },
  );

  it('says to install first when the electron package is missing', async () => {
    await rm(electronDir, { recursive: true });
    const result = run();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('npm install');
  });
});
