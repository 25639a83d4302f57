import { describe, expect, it, vi } from 'vitest';
import type { KompetenApi } from '../../../shared/ipc/contract';
import { createElectronBridge } from '../../../renderer/src/platform/electron-bridge';

/** A preload API whose quit subscription can be triggered by the test. */
function fakeApi() {
  let requested: (() => void) | undefined;
  const api = {
    onQuitBackupRequested: (callback: () => void) => {
      requested = callback;
    },
    backupsQuitDone: vi.fn(async () => undefined),
    backupsWrite: vi.fn(async () => ({ name: 'n', createdAt: 'c', reason: 'quit', size: 1 })),
  } as unknown as KompetenApi;
  return { api, requestQuitBackup: () => requested?.() };
}

describe('electron bridge: automatic backups', () => {
  it('passes writes to the backup channel', async () => {
    const { api } = fakeApi();
    const data = new Uint8Array([7]);
    await createElectronBridge(api).autoBackups?.write('schedule', data);
    expect(api.backupsWrite).toHaveBeenCalledWith({ reason: 'schedule', data });
  });

  it('reports done only after the backup on quit has finished', async () => {
    const { api, requestQuitBackup } = fakeApi();
    let finish = () => {};
    const makeBackup = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    createElectronBridge(api).autoBackups?.onQuit(makeBackup);
    requestQuitBackup();
    expect(makeBackup).toHaveBeenCalledTimes(1);
    await Promise.resolve();
    expect(api.backupsQuitDone).not.toHaveBeenCalled();
    finish();
    await vi.waitFor(() => expect(api.backupsQuitDone).toHaveBeenCalledTimes(1));
  });

  it('reports done when the backup on quit fails, so the app is not held for the timeout', async () => {
    const { api, requestQuitBackup } = fakeApi();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    createElectronBridge(api).autoBackups?.onQuit(async () => {
      throw new Error('disk full');
    });
    requestQuitBackup();
    await vi.waitFor(() => expect(api.backupsQuitDone).toHaveBeenCalledTimes(1));
    expect(error).toHaveBeenCalled();
  });
});
