import type { Page } from '@playwright/test';
import { ownFileKindOf } from '../../shared/files/own-file-types';
import type { AppCommand } from '../../shared/ipc/app-commands';
import type {} from '../../renderer/src/platform/kompeten-window';

/**
 * Runs the built renderer as the desktop app sees it: a stand-in for the preload's
 * `window.kompeten`, so the page takes its Electron bridge (menu commands, files the OS opened,
 * native dialogs) while the main process's side is played by the test. The main process itself
 * is tested as built in test/shell/.
 */
export async function asDesktopApp(page: Page): Promise<void> {
  await page.addInitScript(() => {
    type Callback = (...args: unknown[]) => void;
    const bytes = (text: string) => new TextEncoder().encode(text);
    const host = {
      opened: [] as unknown[],
      toOpen: [] as { name: string; text: string }[],
      saved: [] as { name: string; text: string }[],
      notified: [] as unknown[],
      onFiles: null as Callback | null,
      onCommand: null as Callback | null,
      onQuit: null as Callback | null,
      /** What the page told the main process about the quit backup, in order. */
      quit: [] as string[],
      /** The last language and menu words the page handed over. */
      language: null as unknown,
    };
    (window as unknown as { __host: typeof host }).__host = host;
    const none = async () => undefined;
    window.kompeten = {
      appInfo: async () => ({ version: '0.1.0', platform: 'linux' }),
      saveFile: async ({ suggestedName, data }) => {
        const text = typeof data === 'string' ? data : new TextDecoder().decode(data);
        host.saved.push({ name: suggestedName, text });
        return { saved: true, fileName: suggestedName };
      },
      openFile: async () => {
        const next = host.toOpen.shift();
        return next
          ? { status: 'opened', name: next.name, data: bytes(next.text) }
          : { status: 'cancelled' };
      },
      openExternal: async () => ({ opened: false }),
      setLanguage: async (args) => void (host.language = args),
      backupsList: async () => ({
        files: [],
        folder: '/home/siti/.config/Kompeten/backups',
        freeBytes: null,
      }),
      backupsWrite: async ({ reason, data }) => (
        host.quit.push(`write:${reason}`),
        {
          name: 'kompeten-20260101-000000-000-quit.kompeten-cadangan',
          createdAt: new Date().toISOString(),
          reason,
          size: data.byteLength,
        }
      ),
      backupsRead: async () => ({ status: 'missing' }),
      backupsVersion: async () => ({ previousVersion: '0.1.0', currentVersion: '0.1.0' }),
      backupsVersionSeen: none,
      backupsQuitDone: async () => void host.quit.push('done'),
      openedFilesTake: async () => host.opened.splice(0) as never,
      notify: async (notification) => {
        host.notified.push(notification);
        return { shown: true };
      },
      onQuitBackupRequested: (callback) => (host.onQuit = callback),
      onFilesOpened: (callback) => (host.onFiles = callback),
      onMenuCommand: (callback) => (host.onCommand = callback as Callback),
    };
  });
}

/** The OS asks the running app to open these files (a double-click in the file manager). */
export async function doubleClickFiles(page: Page, files: { name: string; text: string }[]) {
  // What the main process would read: its own kinds, and a refusal for anything else.
  const read = files.map(({ name, text }) => ({ name, text, kind: ownFileKindOf(name) }));
  await page.evaluate((list) => {
    const host = (
      window as unknown as { __host: { opened: unknown[]; onFiles: (() => void) | null } }
    ).__host;
    for (const { name, text, kind } of list) {
      host.opened.push(
        kind
          ? { status: 'opened', kind, name, data: new TextEncoder().encode(text) }
          : { status: 'unknown-kind', name },
      );
    }
    host.onFiles?.();
  }, read);
}

/** The next file the native open dialog returns. */
export async function nextDialogFile(page: Page, file: { name: string; text: string }) {
  await page.evaluate((next) => {
    (window as unknown as { __host: { toOpen: unknown[] } }).__host.toOpen.push(next);
  }, file);
}

/** The files saved through the native save dialog so far. */
export async function savedFiles(page: Page): Promise<{ name: string; text: string }[]> {
  return page.evaluate(
    () =>
      (window as unknown as { __host: { saved: { name: string; text: string }[] } }).__host.saved,
  );
}

/** The user chooses a command in the desktop menu. */
export async function chooseMenuCommand(page: Page, command: AppCommand) {
  await page.evaluate((c) => {
    (
      window as unknown as { __host: { onCommand: ((c: string) => void) | null } }
    ).__host.onCommand?.(c);
  }, command);
}

/** The main process asks for the backup on quit; returns what the page answered, once done. */
export async function requestQuitBackup(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __host: { onQuit: (() => void) | null } }).__host.onQuit?.();
  });
}

export async function quitBackupAnswers(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __host: { quit: string[] } }).__host.quit);
}

/** The language and menu words the page last handed to the main process. */
export async function menuWords(
  page: Page,
): Promise<{ language: string; menu: Record<string, string> } | null> {
  return page.evaluate(
    () => (window as unknown as { __host: { language: never } }).__host.language,
  );
}
