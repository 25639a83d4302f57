import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW_STATE,
  fitToDisplays,
  loadWindowState,
  MIN_HEIGHT,
  MIN_WIDTH,
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

  it('is on disk as soon as the save returns, with no temporary file left', async () => {
    const file = path.join(folder, 'window-state.json');
    const state = { x: 10, y: 20, width: 1024, height: 768, maximized: true };
    saveWindowState(file, state);
    // Read synchronously: the process may end right after the window closes.
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(state);
    expect(await readdir(folder)).toEqual(['window-state.json']);
    expect(await loadWindowState(file)).toEqual(state);
  });

  it('fits the smallest common laptop screen: 1366×768 at 125 % with a taskbar', () => {
    const workArea = {
      x: 0,
      y: 0,
      width: Math.floor(1366 / 1.25),
      height: Math.floor(768 / 1.25) - 48,
    };
    expect(MIN_WIDTH).toBeLessThanOrEqual(workArea.width);
    expect(MIN_HEIGHT).toBeLessThanOrEqual(workArea.height);
    const fitted = fitToDisplays(DEFAULT_WINDOW_STATE, [workArea]);
    expect(fitted.width).toBeLessThanOrEqual(workArea.width);
    expect(fitted.height).toBeLessThanOrEqual(workArea.height);
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
