import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS, IPC_EVENTS } from '../../../shared/ipc/channels';

const exposed = new Map<string, unknown>();
const invoke = vi.fn(async (..._args: unknown[]) => 'ok');
// Stands in for ipcRenderer's event side; the main process "sends" by emitting on it.
const events = new EventEmitter();

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: {
    invoke: (...args: unknown[]) => invoke(...args),
    on: (channel: string, listener: (...args: unknown[]) => void) => events.on(channel, listener),
    removeAllListeners: (channel: string) => events.removeAllListeners(channel),
  },
}));

describe('preload', () => {
  beforeEach(async () => {
    exposed.clear();
    events.removeAllListeners();
    vi.resetModules();
    await import('../../../electron/preload/index');
  });

  it('exposes one frozen object with one function per channel, the event subscriptions, and nothing else', () => {
    expect([...exposed.keys()]).toEqual(['kompeten']);
    const api = exposed.get('kompeten') as Record<string, unknown>;
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.keys(api).sort()).toEqual(
      [
        ...Object.keys(IPC_CHANNELS),
        'onQuitBackupRequested',
        'onFilesOpened',
        'onMenuCommand',
      ].sort(),
    );
    for (const fn of Object.values(api)) expect(typeof fn).toBe('function');
  });

  it('forwards each call to its own channel', async () => {
    const api = exposed.get('kompeten') as Record<string, (args?: unknown) => Promise<unknown>>;
    await api['appInfo']?.();
    expect(invoke).toHaveBeenCalledWith(IPC_CHANNELS.appInfo, undefined);
    await api['notify']?.({ title: 'a', body: 'b' });
    expect(invoke).toHaveBeenCalledWith(IPC_CHANNELS.notify, { title: 'a', body: 'b' });
  });

  it('passes a quit request on without the IPC event, to the latest subscriber only', () => {
    const api = exposed.get('kompeten') as { onQuitBackupRequested(cb: () => void): void };
    const first = vi.fn();
    const second = vi.fn();
    api.onQuitBackupRequested(first);
    api.onQuitBackupRequested(second);
    events.emit(IPC_EVENTS.quitBackupRequested, { sender: 'ipcRenderer' }, 'extra');
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
    expect(second.mock.calls[0]).toEqual([]);
  });

  it("passes on only the app's own menu commands", () => {
    const api = exposed.get('kompeten') as { onMenuCommand(cb: (c: string) => void): void };
    const seen = vi.fn();
    api.onMenuCommand(seen);
    events.emit(IPC_EVENTS.menuCommand, { sender: 'ipcRenderer' }, 'newPracticeEntry');
    events.emit(IPC_EVENTS.menuCommand, { sender: 'ipcRenderer' }, 'toString');
    events.emit(IPC_EVENTS.menuCommand, { sender: 'ipcRenderer' }, { evil: true });
    expect(seen.mock.calls).toEqual([['newPracticeEntry']]);
  });
});
