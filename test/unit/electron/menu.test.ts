import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { APP_COMMANDS, type AppCommand } from '../../../shared/ipc/app-commands';
import { buildMenuTemplate, type MenuOptions } from '../../../electron/main/menu';
import { menuLabelsSchema } from '../../../shared/ipc/menu-labels';
import desktopEn from '../../../renderer/src/i18n/en/desktop';
import desktopId from '../../../renderer/src/i18n/id/desktop';

// The words the page hands over, from its catalogues.
const MENU_LABELS = { id: desktopId.menu, en: desktopEn.menu };

const build = (
  { language, ...options }: Omit<MenuOptions, 'onCommand' | 'labels'> & { language: 'id' | 'en' },
  onCommand = vi.fn(),
) => buildMenuTemplate({ ...options, labels: MENU_LABELS[language], onCommand });

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? items(item.submenu) : []),
  ]);
}

function labels(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.label ? [item.label] : []),
    ...(Array.isArray(item.submenu) ? labels(item.submenu) : []),
  ]);
}

describe('application menu', () => {
  it('takes exactly the words the IPC contract lets the page hand over, in both languages', () => {
    expect(menuLabelsSchema.safeParse(MENU_LABELS.id).success).toBe(true);
    expect(menuLabelsSchema.safeParse(MENU_LABELS.en).success).toBe(true);
  });

  it('speaks the UI language', () => {
    const id = labels(build({ language: 'id', isMac: false, isDev: false }));
    const en = labels(build({ language: 'en', isMac: false, isDev: false }));
    expect(id).toContain('Sunting');
    expect(id).toContain('Keluar');
    expect(en).toContain('Edit');
    expect(en).not.toContain('Sunting');
  });

  it('labels every item that is not a separator', () => {
    for (const isMac of [true, false]) {
      const template = build({ language: 'id', isMac, isDev: true });
      const walk = (items: MenuItemConstructorOptions[]): void =>
        items.forEach((item) => {
          if (item.type !== 'separator') expect(item.label).toBeTruthy();
          if (Array.isArray(item.submenu)) walk(item.submenu);
        });
      walk(template);
    }
  });

  it('offers developer tools only in development', () => {
    const roles = (isDev: boolean) =>
      JSON.stringify(build({ language: 'en', isMac: false, isDev }));
    expect(roles(true)).toContain('toggleDevTools');
    expect(roles(false)).not.toContain('toggleDevTools');
  });

  it.each([true, false])(
    'carries every app command once, with its accelerator (macOS: %s)',
    (isMac) => {
      const onCommand = vi.fn();
      const all = items(build({ language: 'id', isMac, isDev: false }, onCommand));
      for (const command of Object.keys(APP_COMMANDS) as AppCommand[]) {
        const found = all.filter((item) => item.id === command);
        expect(found).toHaveLength(1);
        const { key, shift } = APP_COMMANDS[command];
        expect(found[0]!.accelerator).toBe(`CmdOrCtrl+${shift ? 'Shift+' : ''}${key}`);
        expect(found[0]!.label).toBe(MENU_LABELS.id[command]);
        (found[0]!.click as () => void)();
        expect(onCommand).toHaveBeenLastCalledWith(command);
      }
      // No two items answer the same keys.
      const accelerators = all.flatMap((item) =>
        item.accelerator ? [String(item.accelerator)] : [],
      );
      expect(new Set(accelerators).size).toBe(accelerators.length);
    },
  );
});
