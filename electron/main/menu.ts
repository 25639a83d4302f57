import type { MenuItemConstructorOptions } from 'electron';
import { acceleratorOf, type AppCommand } from '../../shared/ipc/app-commands';
import type { MenuLabels } from '../../shared/ipc/menu-labels';

export interface MenuOptions {
  /** The words, from the page's catalogue in the UI language (the shell has none of its own). */
  labels: MenuLabels;
  isMac: boolean;
  isDev: boolean;
  /** The page carries the command out; the menu only names it. */
  onCommand(command: AppCommand): void;
}

/** The application menu in the UI language. Built as data so it can be tested without Electron. */
export function buildMenuTemplate({
  labels: l,
  isMac,
  isDev,
  onCommand,
}: MenuOptions): MenuItemConstructorOptions[] {
  const command = (id: AppCommand): MenuItemConstructorOptions => ({
    id,
    label: l[id],
    accelerator: acceleratorOf(id),
    click: () => onCommand(id),
  });
  const appMenu: MenuItemConstructorOptions = {
    label: 'Kompeten',
    submenu: [
      { role: 'about', label: l.about },
      { type: 'separator' },
      { role: 'hide', label: l.hide },
      { role: 'hideOthers', label: l.hideOthers },
      { role: 'unhide', label: l.unhide },
      { type: 'separator' },
      { role: 'quit', label: l.quit },
    ],
  };
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [appMenu] : []),
    {
      label: l.file,
      submenu: [
        command('newPracticeEntry'),
        command('newEvidence'),
        { type: 'separator' },
        command('backupNow'),
        command('exportPdf'),
        { type: 'separator' },
        isMac ? { role: 'close', label: l.close } : { role: 'quit', label: l.quit },
      ],
    },
    {
      label: l.edit,
      submenu: [
        { role: 'undo', label: l.undo },
        { role: 'redo', label: l.redo },
        { type: 'separator' },
        { role: 'cut', label: l.cut },
        { role: 'copy', label: l.copy },
        { role: 'paste', label: l.paste },
        { role: 'selectAll', label: l.selectAll },
        { type: 'separator' },
        command('find'),
      ],
    },
    {
      label: l.view,
      submenu: [
        { role: 'reload', label: l.reload },
        ...(isDev ? [{ role: 'toggleDevTools', label: l.devTools } as const] : []),
        { type: 'separator' },
        { role: 'resetZoom', label: l.resetZoom },
        { role: 'zoomIn', label: l.zoomIn },
        { role: 'zoomOut', label: l.zoomOut },
        { type: 'separator' },
        { role: 'togglefullscreen', label: l.fullscreen },
      ],
    },
    {
      label: l.window,
      submenu: [
        { role: 'minimize', label: l.minimize },
        { role: 'close', label: l.close },
      ],
    },
    ...(isMac ? [] : [{ label: l.help, submenu: [{ role: 'about', label: l.about } as const] }]),
  ];
  return template;
}
