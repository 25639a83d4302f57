import { describe, expect, it } from 'vitest';
import { BACKUP_FILE } from '../backup/file';
import { SIGNOFF_FILES } from '../signoff/files';
import { IPC_CHANNELS, IPC_EVENTS } from './channels';
import { AUTO_BACKUP_NAME, ipcContract, MAX_IPC_FILE_BYTES } from './contract';
import { MENU_LABEL_KEYS } from './menu-labels';

describe('IPC contract', () => {
  it('declares a schema for every channel and only for those', () => {
    expect(Object.keys(ipcContract).sort()).toEqual(Object.keys(IPC_CHANNELS).sort());
  });

  it('uses unique channel names', () => {
    const names = [...Object.values(IPC_CHANNELS), ...Object.values(IPC_EVENTS)];
    expect(new Set(names).size).toBe(names.length);
  });

  const save = (overrides: Record<string, unknown>) =>
    ipcContract.saveFile.args.safeParse({
      suggestedName: 'portofolio.pdf',
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
      data: new Uint8Array([1, 2, 3]),
      ...overrides,
    }).success;

  it('accepts a well-formed save request with text or bytes', () => {
    expect(save({})).toBe(true);
    expect(save({ data: '{"a":1}' })).toBe(true);
  });

  it('accepts every sign-off file extension', () => {
    for (const { extension } of Object.values(SIGNOFF_FILES)) {
      expect(save({ filters: [{ name: 'x', extensions: [extension] }] })).toBe(true);
    }
  });

  it.each([
    ['a folder in the name', { suggestedName: '../../.bashrc' }],
    ['a Windows path', { suggestedName: 'C:\\Windows\\x.dll' }],
    ['a control character', { suggestedName: 'a\u0000.pdf' }],
    ['an empty name', { suggestedName: '' }],
    ['a dot-dot name', { suggestedName: '..' }],
    ['a bad extension', { filters: [{ name: 'x', extensions: ['p df'] }] }],
    ['an extension with a dot', { filters: [{ name: 'x', extensions: ['tar.gz'] }] }],
    ['an extension ending in a hyphen', { filters: [{ name: 'x', extensions: ['kompeten-'] }] }],
    ['data that is neither text nor bytes', { data: { evil: true } }],
    ['a missing field', { data: undefined }],
  ])('rejects a save request with %s', (_label, overrides) => {
    expect(save(overrides)).toBe(false);
  });

  it('rejects open requests above the size ceiling', () => {
    const open = (maxBytes: number) =>
      ipcContract.openFile.args.safeParse({ filters: [], maxBytes }).success;
    expect(open(1024)).toBe(true);
    expect(open(MAX_IPC_FILE_BYTES + 1)).toBe(false);
    expect(open(-1)).toBe(false);
  });

  it('accepts only known UI languages, with every menu word', () => {
    const menu = Object.fromEntries(MENU_LABEL_KEYS.map((key) => [key, `label ${key}`]));
    const parse = (args: unknown) => ipcContract.setLanguage.args.safeParse(args).success;
    expect(parse({ language: 'en', menu })).toBe(true);
    expect(parse({ language: 'de', menu })).toBe(false);
    expect(parse({ language: 'en' })).toBe(false);
  });

  const ext = BACKUP_FILE.extension;

  it.each([
    `kompeten-20250304-050607-089-quit.${ext}`,
    `kompeten-20250304-050607-089-before-restore.${ext}`,
    `kompeten-20250304-050607-089-schedule-12.${ext}`,
  ])('accepts the automatic backup name %s', (name) => {
    expect(ipcContract.backupsRead.args.safeParse({ name }).success).toBe(true);
  });

  it.each([
    `../kompeten-20250304-050607-089-quit.${ext}`,
    `sub/kompeten-20250304-050607-089-quit.${ext}`,
    `kompeten-20250304-050607-089-quit.${ext}/..`,
    `kompeten-20250304-050607-089-manual.${ext}`,
    `kompeten-20250304-050607-089-quit-0.${ext}`,
    `kompeten-2025034-050607-089-quit.${ext}`,
    `kompeten-20250304-050607-089-quit.json`,
    `.kompeten-20250304-050607-089-quit.${ext}.0123456789ab.tmp`,
    'last-version.json',
    '..',
  ])('refuses %s as a backup name', (name) => {
    expect(AUTO_BACKUP_NAME.test(name)).toBe(false);
    expect(ipcContract.backupsRead.args.safeParse({ name }).success).toBe(false);
  });

  it('accepts automatic backups only, as bytes within the backup size limit', () => {
    const write = (reason: string, data: unknown) =>
      ipcContract.backupsWrite.args.safeParse({ reason, data }).success;
    const bytes = new Uint8Array([1]);
    expect(write('quit', bytes)).toBe(true);
    expect(write('upgrade', new Uint8Array(new ArrayBuffer(8), 2, 3))).toBe(true);
    expect(write('manual', bytes)).toBe(false);
    expect(write('later', bytes)).toBe(false);
    expect(write('quit', 'text')).toBe(false);
    expect(write('quit', [1, 2])).toBe(false);
    const huge = new Uint8Array(0);
    Object.defineProperty(huge, 'byteLength', { value: BACKUP_FILE.maxBytes + 1 });
    expect(write('quit', huge)).toBe(false);
  });

  it('takes no argument for appInfo', () => {
    expect(ipcContract.appInfo.args.safeParse(undefined).success).toBe(true);
    expect(ipcContract.appInfo.args.safeParse({ x: 1 }).success).toBe(false);
  });
});
