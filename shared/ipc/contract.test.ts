import { describe, expect, it } from 'vitest';
import { SIGNOFF_FILES } from '../signoff/files';
import { IPC_CHANNELS } from './channels';
import { ipcContract, MAX_IPC_FILE_BYTES } from './contract';

describe('IPC contract', () => {
  it('declares a schema for every channel and only for those', () => {
    expect(Object.keys(ipcContract).sort()).toEqual(Object.keys(IPC_CHANNELS).sort());
  });

  it('uses unique channel names', () => {
    const names = Object.values(IPC_CHANNELS);
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

  it('accepts only known UI languages', () => {
    expect(ipcContract.setLanguage.args.safeParse({ language: 'en' }).success).toBe(true);
    expect(ipcContract.setLanguage.args.safeParse({ language: 'de' }).success).toBe(false);
  });

  it('takes no argument for appInfo', () => {
    expect(ipcContract.appInfo.args.safeParse(undefined).success).toBe(true);
    expect(ipcContract.appInfo.args.safeParse({ x: 1 }).success).toBe(false);
  });
});
