import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mimeTypeFor, resolveAppPath, serveAppRequest } from '../../../electron/main/app-protocol';
import { CSP_HEADER } from '../../../shared/security/csp';

let root: string;
let outside: string;
beforeAll(async () => {
  const base = await mkdtemp(path.join(tmpdir(), 'kompeten-proto-'));
  root = path.join(base, 'renderer');
  outside = path.join(base, 'secret.txt');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>Kompeten</title>');
  await writeFile(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(outside, 'do not serve');
});
afterAll(async () => {
  await rm(path.dirname(root), { recursive: true, force: true });
});

describe('resolveAppPath', () => {
  it('maps app URLs to files inside the renderer folder', () => {
    expect(resolveAppPath(root, 'app://kompeten/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://kompeten/assets/app.js?v=1#x')).toBe(
      path.join(root, 'assets', 'app.js'),
    );
  });

  it.each([
    'app://kompeten/../secret.txt',
    'app://kompeten/%2e%2e/secret.txt',
    'app://kompeten/assets/..%2f..%2fsecret.txt',
    'app://kompeten/..%5csecret.txt',
    'app://kompeten/assets%00.js',
    'app://kompeten/%E0%A4%A',
  ])('never resolves %s outside the renderer folder', (url) => {
    const resolved = resolveAppPath(root, url);
    if (resolved !== null) expect(resolved.startsWith(root + path.sep)).toBe(true);
  });

  it.each([
    'app://other/index.html',
    'file:///etc/passwd',
    'https://kompeten/index.html',
    'not a url',
  ])('refuses %s, which is not an app URL', (url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });
});

describe('serveAppRequest', () => {
  it('serves a file with its type and the Content-Security-Policy', async () => {
    const response = await serveAppRequest(root, 'app://kompeten/assets/app.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CSP_HEADER);
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers 404 for traversal attempts and missing files', async () => {
    for (const attempt of ['../secret.txt', '%2e%2e/secret.txt', 'assets/..%2f..%2fsecret.txt']) {
      const response = await serveAppRequest(root, `app://kompeten/${attempt}`);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('do not serve');
    }
    expect((await serveAppRequest(root, 'app://kompeten/missing.js')).status).toBe(404);
  });

  it('knows the types the build produces', () => {
    expect(mimeTypeFor('x.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('x.unknown')).toBe('application/octet-stream');
  });
});

describe('CSP', () => {
  it('allows no remote origins and no eval', () => {
    expect(CSP_HEADER).not.toMatch(/unsafe-eval|https?:|\*/);
    expect(CSP_HEADER).toContain("script-src 'self'");
    expect(CSP_HEADER).toContain("object-src 'none'");
  });
});
