import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { writeFileAtomicSync } from './atomic-write';

/**
 * Small enough for the smallest common laptop: 1366×768 at 125 % scaling leaves about
 * 1092×566 device-independent pixels of work area once the taskbar is off.
 */
export const MIN_WIDTH = 800;
export const MIN_HEIGHT = 540;

const windowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(MIN_WIDTH).max(20000),
  height: z.number().int().min(MIN_HEIGHT).max(20000),
  maximized: z.boolean(),
});
export type WindowState = z.output<typeof windowStateSchema>;

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1200, height: 800, maximized: false };

export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

function overlap(a: Area, b: Area): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Makes a remembered window fit the screens there are now: a monitor may have been unplugged,
 * so a window mostly off-screen is re-centred (x/y dropped) and shrunk to the largest screen.
 */
export function fitToDisplays(state: WindowState, workAreas: Area[]): WindowState {
  if (workAreas.length === 0) return state;
  const largest = workAreas.reduce((a, b) => (a.width * a.height >= b.width * b.height ? a : b));
  const width = Math.max(MIN_WIDTH, Math.min(state.width, largest.width));
  const height = Math.max(MIN_HEIGHT, Math.min(state.height, largest.height));
  const fitted: WindowState = { width, height, maximized: state.maximized };
  if (state.x === undefined || state.y === undefined) return fitted;
  const rect = { x: state.x, y: state.y, width, height };
  const visible = Math.max(...workAreas.map((area) => overlap(rect, area)));
  // Keep the position only if at least half the window would be visible.
  return visible >= (width * height) / 2 ? { ...fitted, x: state.x, y: state.y } : fitted;
}

/** Reads the remembered state; a missing or damaged file gives the default, never an error. */
export async function loadWindowState(file: string): Promise<WindowState> {
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    return parsed.success ? parsed.data : DEFAULT_WINDOW_STATE;
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
}

/** Blocking on purpose: it runs as the window closes, and must land before the process ends. */
export function saveWindowState(file: string, state: WindowState): void {
  writeFileAtomicSync(file, JSON.stringify(state));
}
