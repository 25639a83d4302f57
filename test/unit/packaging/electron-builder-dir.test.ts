import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extractAll, extractFile, listPackage } from '@electron/asar';
import { getCurrentFuseWire } from '@electron/fuses';
import { build } from 'electron-builder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FUSES, configFile, readConfig, readPackageJson, root } from './builder';

/**
 * `electron-builder --linux dir` (what `npm run dist` does before making the deb and AppImage),
 * run on a stand-in for the Electron download: `electronDist` names a folder that electron-builder
 * copies instead of downloading Electron. It then packs the asar and flips the fuses in the
 * binary, and both are checked here. Needs `npm run build` first (out/).
 */

/** Where Electron keeps its fuse wire: @electron/fuses looks for this and reads on from it. */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const WIRE_VERSION = 1;

const yml = readConfig();
const fuses = yml.electronFuses ?? {};

/**
 * The stand-in's fuses start opposite to what the yml asks, so a fuse electron-builder failed to
 * write would be caught. A fuse the yml leaves out starts (and must stay) disabled.
 */
const initialState = FUSES.map(({ key }) => (fuses[key] === false ? '1' : '0')).join('');

let tmp: string;
let appDir: string;
let asarFile: string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'kompeten-builder-dir-'));
  const electronDist = path.join(tmp, 'electron-dist');
  await mkdir(electronDist);
  // The wire: version byte, length byte, then one '0'/'1' per fuse; bytes around it stand in
  // for the rest of the executable.
  const binary = Buffer.concat([
    Buffer.from('\x7fELF stand-in for Electron\0'),
    Buffer.from(SENTINEL),
    Buffer.from([WIRE_VERSION, FUSES.length]),
    Buffer.from(initialState),
    Buffer.from('\0rest of the binary\0'),
  ]);
  // The binary is all electron-builder needs from the folder. (A stand-in default_app.asar would
  // not do: electron-builder keeps a custom dist's asars and hashes their headers.)
  await writeFile(path.join(electronDist, 'electron'), binary, { mode: 0o755 });

  await build({
    projectDir: root,
    linux: ['dir'],
    x64: true,
    publish: 'never',
    config: {
      extends: configFile,
      electronDist,
      directories: { output: path.join(tmp, 'dist') },
      // @electron/rebuild would fetch Electron's headers for any native module; there are none.
      npmRebuild: false,
    },
  });
  appDir = path.join(tmp, 'dist/linux-unpacked');
  asarFile = path.join(appDir, 'resources/app.asar');
}, 120_000);

afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe('electron-builder --linux dir', () => {
  it('writes the launcher under linux.executableName, beside the app’s asar', () => {
    const launcher = path.join(appDir, String(yml.linux?.executableName));
    expect(statSync(launcher).mode & 0o111).not.toBe(0);
    expect(existsSync(path.join(appDir, 'electron'))).toBe(false);
    expect(existsSync(asarFile)).toBe(true);
  });

  it('packs the built app and leaves the sources and Electron out', () => {
    const files = listPackage(asarFile, { isPack: false });
    const pkg = readPackageJson();
    for (const file of [
      '/package.json',
      `/${pkg.main}`,
      '/out/main/index.js',
      '/out/preload/index.cjs',
      '/out/renderer/index.html',
    ]) {
      expect(files, file).toContain(file);
    }
    for (const dir of ['src', 'test', 'shared', 'electron', 'renderer', 'bench', 'resources']) {
      expect(
        files.filter((f) => f === `/${dir}` || f.startsWith(`/${dir}/`)),
        dir,
      ).toEqual([]);
    }
    expect(files.filter((f) => f.startsWith('/node_modules/electron/'))).toEqual([]);
    expect(files.filter((f) => /\.[cm]?tsx?$/.test(f))).toEqual([]);
    // Build tools are devDependencies: none of them may come along.
    expect(
      files.filter((f) => /^\/node_modules\/(vite|vitest|typescript|electron-builder)\//.test(f)),
    ).toEqual([]);

    const packed = JSON.parse(extractFile(asarFile, 'package.json').toString('utf8')) as {
      main: string;
    };
    expect(packed.main).toBe(pkg.main);
  });

  it('packs every package the main process imports, loadable from the asar', async () => {
    const main = await readFile(path.join(root, 'out/main/index.js'), 'utf8');
    const imports = [...main.matchAll(/^import\s[^;]*?from\s*"([^"]+)"/gm)]
      .map((m) => m[1]!)
      .filter((name) => !name.startsWith('node:') && name !== 'electron' && !name.startsWith('.'));
    expect(imports).toContain('zod');
    // Node resolves each import from inside the unpacked asar, through the package's own exports
    // map, as Electron's main process would.
    const unpacked = path.join(tmp, 'app');
    extractAll(asarFile, unpacked);
    const probe = path.join(unpacked, 'out/main/probe.mjs');
    await writeFile(
      probe,
      imports.map((name, i) => `import * as m${i} from ${JSON.stringify(name)};`).join('\n') +
        `\nconsole.log([${imports.map((_, i) => `Object.keys(m${i}).length`).join(', ')}].join());`,
    );
    const counts = execFileSync(process.execPath, [probe], { cwd: unpacked, encoding: 'utf8' });
    for (const count of counts.trim().split(',')) expect(Number(count)).toBeGreaterThan(0);
  });

  it('writes every fuse into the binary as electron-builder.yml sets it', async () => {
    const wire = (await getCurrentFuseWire(
      path.join(appDir, String(yml.linux?.executableName)),
    )) as unknown as Record<string, number | string>;
    expect(wire['version']).toBe(String(WIRE_VERSION));
    // '1' enabled, '0' disabled: one entry per fuse, so a wrong one is named in the diff.
    const written = Object.fromEntries(
      FUSES.map(({ index, key }) => [key, String.fromCharCode(Number(wire[index]))]),
    );
    const wanted = Object.fromEntries(
      FUSES.map(({ index, key }) => [
        key,
        fuses[key] === undefined ? initialState[index] : fuses[key] ? '1' : '0',
      ]),
    );
    expect(written).toEqual(wanted);
  });
});
