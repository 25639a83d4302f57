// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWebBridge } from '../../../renderer/src/platform/web-bridge';

afterEach(() => {
  document.body.innerHTML = '';
});

/** Stands in for the user picking `file` in the browser's file chooser; returns `accept`s seen. */
function pickOnClick(file: File | null): string[] {
  const accepts: string[] = [];
  vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (
    this: HTMLInputElement,
  ) {
    accepts.push(this.accept);
    if (file) Object.defineProperty(this, 'files', { value: [file] });
    this.dispatchEvent(new Event(file ? 'change' : 'cancel'));
  });
  return accepts;
}

describe('web bridge', () => {
  it('reports itself as the browser variant with the app version', async () => {
    const bridge = createWebBridge();
    expect(bridge.kind).toBe('web');
    expect(await bridge.appInfo()).toEqual({ version: '0.0.0-test', platform: 'web' });
  });

  it('has no automatic backup folder', () => {
    expect(createWebBridge().autoBackups).toBeNull();
  });

  it('saves by downloading a file with the suggested name', async () => {
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });
    const result = await createWebBridge().saveFile({
      suggestedName: 'profil.json',
      filters: [],
      data: '{}',
      mimeType: 'application/json',
    });
    expect(result).toEqual({ saved: true, fileName: 'profil.json' });
    expect(clicked).toHaveLength(1);
    expect(clicked[0]?.download).toBe('profil.json');
    expect(clicked[0]?.href).toMatch(/^blob:/);
  });

  it('reads a picked file and limits the chooser to the allowed extensions', async () => {
    const accepts = pickOnClick(new File(['halo'], 'cadangan.json'));
    const result = await createWebBridge().openFile({
      filters: [{ name: 'Cadangan', extensions: ['json', 'kbak'] }],
      maxBytes: 1000,
    });
    expect(result.status).toBe('opened');
    if (result.status === 'opened') expect(new TextDecoder().decode(result.data)).toBe('halo');
    expect(accepts).toEqual(['.json,.kbak']);
    expect(document.querySelector('input[type=file]')).toBeNull();
  });

  it('refuses a file above the limit without reading it', async () => {
    const file = new File(['x'.repeat(50)], 'besar.json');
    const read = vi.spyOn(file, 'arrayBuffer');
    pickOnClick(file);
    const result = await createWebBridge().openFile({ filters: [], maxBytes: 10 });
    expect(result).toEqual({ status: 'too-large', name: 'besar.json', size: 50 });
    expect(read).not.toHaveBeenCalled();
  });

  it('reports a cancelled chooser', async () => {
    pickOnClick(null);
    expect(await createWebBridge().openFile({ filters: [], maxBytes: 10 })).toEqual({
      status: 'cancelled',
    });
  });

  it('opens only safe links', async () => {
    const open = vi.spyOn(window, 'open').mockImplementation(() => null);
    const bridge = createWebBridge();
    expect(await bridge.openExternal('javascript:alert(1)')).toBe(false);
    expect(await bridge.openExternal('https://example.org/')).toBe(true);
    expect(open).toHaveBeenCalledTimes(1);
    expect(open).toHaveBeenCalledWith('https://example.org/', '_blank', 'noopener,noreferrer');
  });
});
