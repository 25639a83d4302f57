import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../../shared/ipc/channels';

const exposed = new Map<string, unknown>();
const invoke = vi.fn(async (..._args: unknown[]) => 'ok');

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: { invoke: (...args: unknown[]) => invoke(...args) },
}));

describe('preload', () => {
  beforeEach(async () => {
    exposed.clear();
    vi.resetModules();
    await import('../../../electron/preload/index');
  });

  it('exposes one frozen object with one function per channel and nothing else', () => {
    expect([...exposed.keys()]).toEqual(['kompeten']);
    const api = exposed.get('kompeten') as Record<string, unknown>;
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.keys(api).sort()).toEqual(Object.keys(IPC_CHANNELS).sort());
    for (const fn of Object.values(api)) expect(typeof fn).toBe('function');
  });

  it('forwards each call to its own channel', async () => {
    const api = exposed.get('kompeten') as Record<string, (args?: unknown) => Promise<unknown>>;
    await api['setLanguage']?.({ language: 'en' });
    expect(invoke).toHaveBeenCalledWith(IPC_CHANNELS.setLanguage, { language: 'en' });
  });
});
