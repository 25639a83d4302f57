import type { MenuItemConstructorOptions } from 'electron';
import type { Language } from '../../shared/settings/settings';

/**
 * The main process's own small message catalogue: the application menu is the only text the
 * shell shows itself. Everything else the user reads comes from the renderer's catalogues.
 */
export const MENU_LABELS = {
  id: {
    file: 'Berkas',
    quit: 'Keluar',
    edit: 'Sunting',
    undo: 'Urungkan',
    redo: 'Ulangi',
    cut: 'Potong',
    copy: 'Salin',
    paste: 'Tempel',
    selectAll: 'Pilih semua',
    view: 'Tampilan',
    reload: 'Muat ulang',
    zoomIn: 'Perbesar',
    zoomOut: 'Perkecil',
    resetZoom: 'Ukuran normal',
    fullscreen: 'Layar penuh',
    devTools: 'Alat pengembang',
    window: 'Jendela',
    minimize: 'Kecilkan',
    close: 'Tutup',
    help: 'Bantuan',
    about: 'Tentang Kompeten',
    hide: 'Sembunyikan Kompeten',
    hideOthers: 'Sembunyikan lainnya',
    unhide: 'Tampilkan semua',
  },
  en: {
    file: 'File',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
    view: 'View',
    reload: 'Reload',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    resetZoom: 'Actual size',
    fullscreen: 'Full screen',
    devTools: 'Developer tools',
    window: 'Window',
    minimize: 'Minimise',
    close: 'Close',
    help: 'Help',
    about: 'About Kompeten',
    hide: 'Hide Kompeten',
    hideOthers: 'Hide others',
    unhide: 'Show all',
  },
} satisfies Record<Language, Record<string, string>>;

export interface MenuOptions {
  language: Language;
  isMac: boolean;
  isDev: boolean;
}

/** The application menu in the UI language. Built as data so it can be tested without Electron. */
export function buildMenuTemplate({
  language,
  isMac,
  isDev,
}: MenuOptions): MenuItemConstructorOptions[] {
  const l = MENU_LABELS[language];
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
      submenu: [isMac ? { role: 'close', label: l.close } : { role: 'quit', label: l.quit }],
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
