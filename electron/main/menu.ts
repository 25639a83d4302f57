import type { MenuItemConstructorOptions } from 'electron';
import { acceleratorOf, type AppCommand } from '../../shared/ipc/app-commands';
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
    newPracticeEntry: 'Catatan praktik baru',
    newEvidence: 'Bukti baru',
    backupNow: 'Cadangkan sekarang',
    exportPdf: 'Ekspor portofolio PDF…',
    find: 'Cari',
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
    newPracticeEntry: 'New practice entry',
    newEvidence: 'New evidence',
    backupNow: 'Back up now',
    exportPdf: 'Export PDF portfolio…',
    find: 'Find',
  },
} satisfies Record<Language, Record<string, string> & Record<AppCommand, string>>;

export interface MenuOptions {
  language: Language;
  isMac: boolean;
  isDev: boolean;
  /** The page carries the command out; the menu only names it. */
  onCommand(command: AppCommand): void;
}

/** The application menu in the UI language. Built as data so it can be tested without Electron. */
export function buildMenuTemplate({
  language,
  isMac,
  isDev,
  onCommand,
}: MenuOptions): MenuItemConstructorOptions[] {
  const l = MENU_LABELS[language];
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
