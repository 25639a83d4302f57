import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSP_HEADER } from '../../shared/security/csp';
import { RENDERER_DIR, startMain } from './start-main';
import type { ElectronHarness } from './stub-electron';

/** What each built file must be served as; a new kind of file in the build must be added here. */
const EXPECTED_TYPES: Record<string, RegExp> = {
  '.html': /^text\/html(;|$)/,
  '.js': /^text\/javascript(;|$)/,
  '.mjs': /^text\/javascript(;|$)/,
  '.css': /^text\/css(;|$)/,
  '.svg': /^image\/svg\+xml$/,
  '.png': /^image\/png$/,
  '.ico': /^image\/x-icon$/,
  '.json': /^application\/json(;|$)/,
  '.map': /^application\/json(;|$)/,
  '.woff2': /^font\/woff2$/,
  '.woff': /^font\/woff$/,
  '.ttf': /^font\/ttf$/,
};

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

async function serving(): Promise<ElectronHarness> {
  const { harness } = await startMain({ packaged: true });
  await harness.emitReady();
  await harness.waitFor(() => harness.protocolHandlers.has('app'), 'the app:// handler');
  return harness;
}

describe('the app:// protocol', () => {
  const files = walk(RENDERER_DIR);

  it('serves the whole build', () => {
    expect(files.length).toBeGreaterThan(3);
    expect(files).toContain(path.join(RENDERER_DIR, 'index.html'));
  });

  it.each(files.map((f) => [path.relative(RENDERER_DIR, f)]))(
    'serves %s with its type and the CSP',
    async (relative) => {
      const expected = EXPECTED_TYPES[path.extname(relative).toLowerCase()];
      expect(expected, `no expected content-type for ${relative}: add one above`).toBeDefined();
      const harness = await serving();
      const url = `app://kompeten/${relative.split(path.sep).map(encodeURIComponent).join('/')}`;
      const response = await harness.request(url);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(expected!);
      expect(response.headers.get('content-security-policy')).toBe(CSP_HEADER);
      const body = new Uint8Array(await response.arrayBuffer());
      expect(Buffer.from(body).equals(readFileSync(path.join(RENDERER_DIR, relative)))).toBe(true);
    },
  );

  it('serves index.html for the bare origin', async () => {
    const harness = await serving();
    const response = await harness.request('app://kompeten/');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(readFileSync(path.join(RENDERER_DIR, 'index.html'), 'utf8'));
  });

  it('the CSP allows no remote origin and no eval', () => {
    expect(CSP_HEADER).toContain("default-src 'self'");
    expect(CSP_HEADER).not.toMatch(/unsafe-eval|https?:|\*/);
  });

  // Each target exists on disk, so a handler that let the request through would answer 200.
  const outside = [
    ['../../package.json', path.join(RENDERER_DIR, '../../package.json')],
    ['../main/index.js', path.join(RENDERER_DIR, '../main/index.js')],
    ['%2e%2e%2f%2e%2e%2fpackage.json', path.join(RENDERER_DIR, '../../package.json')],
    ['..%2f..%2fpackage.json', path.join(RENDERER_DIR, '../../package.json')],
    ['%2e%2e/%2e%2e/package.json', path.join(RENDERER_DIR, '../../package.json')],
    ['..%5c..%5cpackage.json', path.join(RENDERER_DIR, '../../package.json')],
    ['%2fwork%2fmain%2fpackage.json', path.join(RENDERER_DIR, '../../package.json')],
    ['index.html%00.png', path.join(RENDERER_DIR, 'index.html')],
  ] as const;

  it.each(outside)(
    'refuses app://kompeten/%s, as Chromium sends it and as given',
    async (rest, target) => {
      expect(existsSync(target)).toBe(true);
      const harness = await serving();
      for (const raw of [false, true]) {
        const response = await harness.request(`app://kompeten/${rest}`, { raw });
        expect(response.status, `raw: ${raw}`).toBe(404);
        expect(response.headers.get('content-security-policy')).toBeNull();
      }
    },
  );

  it.each([
    'app://kompeten/../package.json',
    'app://other/index.html',
    'app://kompeten.evil/index.html',
    'app://kompeten/missing.js',
    'app://kompeten/assets',
  ])('refuses %s', async (url) => {
    const harness = await serving();
    for (const raw of [false, true]) {
      expect((await harness.request(url, { raw })).status).toBe(404);
    }
  });
});
