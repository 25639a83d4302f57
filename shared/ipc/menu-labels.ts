import { z } from 'zod';
import { APP_COMMANDS } from './app-commands';

/**
 * The words of the desktop menu. The page words them from its catalogues (the only place any
 * text lives) and hands them to the main process with the UI language; the main process builds
 * the menu from them. Pure, so the main process can check them with the IPC contract.
 */
export const MENU_LABEL_KEYS = [
  'file',
  'quit',
  'edit',
  'undo',
  'redo',
  'cut',
  'copy',
  'paste',
  'selectAll',
  'view',
  'reload',
  'zoomIn',
  'zoomOut',
  'resetZoom',
  'fullscreen',
  'devTools',
  'window',
  'minimize',
  'close',
  'help',
  'about',
  'hide',
  'hideOthers',
  'unhide',
  ...(Object.keys(APP_COMMANDS) as (keyof typeof APP_COMMANDS)[]),
] as const;

export type MenuLabelKey = (typeof MENU_LABEL_KEYS)[number];
export type MenuLabels = Record<MenuLabelKey, string>;

export const menuLabelsSchema = z.strictObject(
  Object.fromEntries(MENU_LABEL_KEYS.map((key) => [key, z.string().min(1).max(80)])) as Record<
    MenuLabelKey,
    z.ZodString
  >,
);
