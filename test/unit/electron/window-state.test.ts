import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW_STATE,
  fitToDisplays,
  loadWindowState,
  saveWindowState,
} from '../../../electron/main/window-state';

const laptop = { x: 0, y: 0, width: 1366, height: 728 };
const external = { x: 1366, y: 0, width: 1920, height: 1040 };

describe('fitToDisplays', () => {
  it('keeps a window that is on a screen', () => {
    const state = { x: 100, y: 50, width: 1000, height: 700, maximized: false };
    expect(fitToDisplays(state, [laptop])).toEqual(state);
  });

  it('re-centres a window whose monitor was unplugged', () => {
    const state = { x: 1500, y: 100, width: 1200, height: 800, maximized: true };
    expect(fitToDisplays(state, [laptop])).toEqual({
      width: 1200,
      height: 728,
      maximized: true,
    });
  });

  it('keeps a window on a second monitor that is still there', () => {
    const state = { x: 1500, y: 100, width: 1200, height: 800, maximized: false };
    expect(fitToDisplays(state, [laptop, external])).toEqual(state);
  });

  it('shrinks a window larger than every screen', () => {
    const state = { width: 4000, height: 3000, maximized: false };
    expect(fitToDisplays(state, [laptop])).toEqual({ width: 1366, height: 728, maximized: false });
  });
});

describe('window state file', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'kompeten-win-'));
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('round-trips through the file', async () => {
    const file = path.join(folder, 'window-state.json');
    const state = { x: 10, y: 20, width: 1024, height: 768, maximized: true };
    await saveWindowState(file, state);
    expect(await loadWindowState(file)).toEqual(state);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(state);
  });

  it('falls back to the default for a missing, damaged or nonsensical file', async () => {
    const file = path.join(folder, 'window-state.json');
    expect(await loadWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
    await writeFile(file, '{"width": 10');
    expect(await loadWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
    await writeFile(file, JSON.stringify({ width: -5, height: 'tall', maximized: 1 }));
    expect(await loadWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
  });
});
