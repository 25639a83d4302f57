import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate, MENU_LABELS } from '../../../electron/main/menu';

function labels(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.label ? [item.label] : []),
    ...(Array.isArray(item.submenu) ? labels(item.submenu) : []),
  ]);
}

describe('application menu', () => {
  it('has the same labels in both languages', () => {
    expect(Object.keys(MENU_LABELS.en).sort()).toEqual(Object.keys(MENU_LABELS.id).sort());
  });

  it('speaks the UI language', () => {
    const id = labels(buildMenuTemplate({ language: 'id', isMac: false, isDev: false }));
    const en = labels(buildMenuTemplate({ language: 'en', isMac: false, isDev: false }));
    expect(id).toContain('Sunting');
    expect(id).toContain('Keluar');
    expect(en).toContain('Edit');
    expect(en).not.toContain('Sunting');
  });

  it('labels every item that is not a separator', () => {
    for (const isMac of [true, false]) {
      const template = buildMenuTemplate({ language: 'id', isMac, isDev: true });
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
      JSON.stringify(buildMenuTemplate({ language: 'en', isMac: false, isDev }));
    expect(roles(true)).toContain('toggleDevTools');
    expect(roles(false)).not.toContain('toggleDevTools');
  });
});
