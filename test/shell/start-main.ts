/**
 * Starts a fresh copy of the built main process (out/main/index.js) against a fresh stub
 * Electron, as a given platform, and puts everything back when the test ends.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { onTestFinished, vi } from 'vitest';
import {
  APP_PAGE_URL,
  ElectronHarness,
  STUB_KEY,
  type DisplaySpec,
  type StubBrowserWindow,
} from './stub-electron';

export const REPO = fileURLToPath(new URL('../..', import.meta.url));
export const BUNDLE = path.join(REPO, 'out/main/index.js');
export const RENDERER_DIR = path.join(REPO, 'out/renderer');
export const PRELOAD = path.join(REPO, 'out/preload/index.cjs');
export { APP_PAGE_URL };

const packageJson = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as {
  version: string;
  productName: string;
};

/** A 1920×1080 screen with a 40 px task bar. */
export const DEFAULT_DISPLAYS: DisplaySpec[] = [
  {
    bounds: { x: 0, y: 0, width: 1920, height: 1080 },
    workArea: { x: 0, y: 0, width: 1920, height: 1040 },
  },
];

export interface StartOptions {
  platform?: NodeJS.Platform;
  /** process.argv; by default what `electron .` (unpackaged) or the installed app passes. */
  argv?: string[];
  packaged?: boolean;
  /** What requestSingleInstanceLock() answers (default: the lock is ours). */
  singleInstance?: boolean;
  displays?: DisplaySpec[];
  notificationsSupported?: boolean;
  /** Extra environment for the start; ELECTRON_RENDERER_URL is always cleared first. */
  env?: Record<string, string | undefined>;
}

export interface Started {
  harness: ElectronHarness;
  /** The temporary folder that holds every app.getPath() folder. */
  root: string;
  /** The process.argv the bundle saw. */
  argv: string[];
}

const SOURCES = ['electron/main', 'electron/preload', 'shared'];

function newestSource(): { file: string; mtimeMs: number } {
  let newest = { file: '', mtimeMs: 0 };
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) {
        const { mtimeMs } = statSync(full);
        if (mtimeMs > newest.mtimeMs) newest = { file: full, mtimeMs };
      }
    }
  };
  for (const dir of SOURCES) walk(path.join(REPO, dir));
  return newest;
}

const WARNED = Symbol.for('kompeten.test.staleBundleWarned');

/** The suite tests the build, so it cannot run without one. */
export function assertBundle(): void {
  for (const file of [BUNDLE, PRELOAD, path.join(RENDERER_DIR, 'index.html')]) {
    if (!existsSync(file))
      throw new Error(
        `${path.relative(REPO, file)} is missing: the shell tests run the built app. ` +
          'Run `npm run build` first (`npm test` does).',
      );
  }
  const holder = globalThis as { [WARNED]?: boolean };
  const newest = newestSource();
  if (!holder[WARNED] && newest.mtimeMs > statSync(BUNDLE).mtimeMs) {
    holder[WARNED] = true;
    console.warn(
      `out/main/index.js is older than ${path.relative(REPO, newest.file)}: ` +
        'these tests run the old build until `npm run build`.',
    );
  }
}

/** The names out/main/index.js imports from 'electron'. */
export function bundleElectronImports(): string[] {
  const text = readFileSync(BUNDLE, 'utf8');
  const names: string[] = [];
  for (const match of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*["']electron["']/g))
    for (const part of match[1]!.split(','))
      if (part.trim()) names.push(part.trim().split(/\s+as\s+/)[0]!);
  return names;
}

function defaultArgv(root: string, packaged: boolean, platform: NodeJS.Platform): string[] {
  const exe = platform === 'win32' ? 'Kompeten.exe' : 'kompeten';
  // Unpackaged, Electron's own binary runs with the app's folder (`electron .`).
  return packaged ? [path.join(root, 'app', exe)] : [path.join(root, 'electron', 'electron'), REPO];
}

/**
 * Imports the bundle once more, fresh, with `process.platform` and `process.argv` as given.
 * When the test finishes, the process is put back and the test fails if the bundle broke an
 * Electron rule or logged an error it did not expect (clear `harness.violations` /
 * `harness.consoleErrors` in a test that provokes one on purpose).
 */
export async function startMain(options: StartOptions = {}): Promise<Started> {
  assertBundle();
  const platform = options.platform ?? 'linux';
  const packaged = options.packaged ?? false;
  const root = mkdtempSync(path.join(tmpdir(), 'kompeten-shell-'));
  const argv = options.argv ?? defaultArgv(root, packaged, platform);
  const harness = new ElectronHarness({
    root,
    platform,
    argv,
    packaged,
    singleInstance: options.singleInstance ?? true,
    displays: options.displays ?? DEFAULT_DISPLAYS,
    version: packageJson.version,
    name: packageJson.productName,
    notificationsSupported: options.notificationsSupported ?? true,
  });

  const platformDescriptor = Object.getOwnPropertyDescriptor(process, 'platform')!;
  const savedArgv = process.argv;
  const env = { ELECTRON_RENDERER_URL: undefined, ...options.env };
  const savedEnv = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  const setEnv = (values: Record<string, string | undefined>) => {
    for (const [key, value] of Object.entries(values)) {
      if (value === undefined) Reflect.deleteProperty(process.env, key);
      else process.env[key] = value;
    }
  };
  const globals = globalThis as { [STUB_KEY]?: Record<string, unknown> };

  onTestFinished(() => {
    Object.defineProperty(process, 'platform', platformDescriptor);
    process.argv = savedArgv;
    setEnv(savedEnv);
    Reflect.deleteProperty(globals, STUB_KEY);
    rmSync(root, { recursive: true, force: true });
    const problems = [
      ...harness.violations.map((v) => `Electron rule broken: ${v}`),
      ...harness.consoleErrors.map((e) => `console.error: ${e}`),
    ];
    if (problems.length > 0) throw new Error(problems.join('\n'));
  });

  Object.defineProperty(process, 'platform', { ...platformDescriptor, value: platform });
  process.argv = argv;
  setEnv(env);
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    harness.consoleErrors.push(
      args.map((a) => (a instanceof Error ? a.message : String(a))).join(' '),
    );
  });
  globals[STUB_KEY] = harness.module;

  const missing = bundleElectronImports().filter((name) => !(name in harness.module));
  if (missing.length > 0)
    throw new Error(
      `out/main/index.js imports ${missing.join(', ')} from electron; the stub has none`,
    );

  // A fresh module graph: the bundle, and electron-module.ts that hands it this stub, start anew.
  vi.resetModules();
  try {
    await import(/* @vite-ignore */ BUNDLE);
  } catch (error) {
    throw new Error(`out/main/index.js threw while loading: ${String(error)}`, { cause: error });
  }
  await harness.turns(2);
  return { harness, root, argv };
}

/** Starts, emits `ready`, waits for the window to load its page and shows it (ready-to-show). */
export async function startWithWindow(
  options: StartOptions = {},
): Promise<Started & { win: StubBrowserWindow }> {
  const started = await startMain(options);
  const { harness } = started;
  await harness.emitReady();
  await harness.waitFor(
    () => harness.windows.length === 1 && harness.windows[0]!.stub.loadedUrls.length > 0,
    'the window to load its page',
  );
  const win = harness.mainWindow();
  harness.readyToShow(win);
  await harness.turns(2);
  return { ...started, win };
}
