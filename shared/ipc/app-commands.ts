/**
 * The app's own commands: in the desktop menu (with these accelerators) and, in the browser,
 * as the same keys where the browser lets a page have them (Ctrl+N opens a browser window
 * there, whatever a page does). Declared once for the menu, the preload and the page.
 */
export const APP_COMMANDS = {
  newPracticeEntry: { key: 'N', shift: false },
  newEvidence: { key: 'E', shift: true },
  backupNow: { key: 'S', shift: true },
  exportPdf: { key: 'P', shift: false },
  find: { key: 'F', shift: false },
} as const satisfies Record<string, { key: string; shift: boolean }>;

export type AppCommand = keyof typeof APP_COMMANDS;

export const isAppCommand = (value: unknown): value is AppCommand =>
  typeof value === 'string' && Object.hasOwn(APP_COMMANDS, value);

/** Electron's accelerator string: Cmd on macOS, Ctrl elsewhere. */
export function acceleratorOf(command: AppCommand): string {
  const { key, shift } = APP_COMMANDS[command];
  return `CmdOrCtrl+${shift ? 'Shift+' : ''}${key}`;
}

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** The command a key press in the page stands for, with macOS using Cmd where others use Ctrl. */
export function commandOfKey(press: KeyPress, isMac: boolean): AppCommand | null {
  const primary = isMac ? press.metaKey && !press.ctrlKey : press.ctrlKey && !press.metaKey;
  if (!primary || press.altKey) return null;
  const key = press.key.toUpperCase();
  for (const [command, keys] of Object.entries(APP_COMMANDS)) {
    if (keys.key === key && keys.shift === press.shiftKey) return command as AppCommand;
  }
  return null;
}
