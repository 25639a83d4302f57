/**
 * Sandboxed preload: exposes exactly one object, `window.kompeten`, with one function per
 * declared IPC channel and one subscription per event. It never exposes ipcRenderer itself.
 * Built as CommonJS (a sandboxed preload cannot load ES modules) and kept free of dependencies
 * other than `electron`.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { isAppCommand } from '../../shared/ipc/app-commands';
import { IPC_CHANNELS, IPC_EVENTS } from '../../shared/ipc/channels';
import type { KompetenApi } from '../../shared/ipc/contract';

/**
 * One listener per event at a time, so a page that subscribes again never acts twice. The IPC
 * event is not passed on: its `sender` is ipcRenderer.
 */
function subscribe(event: string, listener: (payload: unknown) => void): void {
  ipcRenderer.removeAllListeners(event);
  ipcRenderer.on(event, (_event, payload: unknown) => listener(payload));
}

const api = {
  ...Object.fromEntries(
    Object.entries(IPC_CHANNELS).map(([key, channel]) => [
      key,
      (args?: unknown) => ipcRenderer.invoke(channel, args),
    ]),
  ),
  onQuitBackupRequested(callback: () => void) {
    subscribe(IPC_EVENTS.quitBackupRequested, () => callback());
  },
  onFilesOpened(callback: () => void) {
    subscribe(IPC_EVENTS.filesOpened, () => callback());
  },
  onMenuCommand(callback: (command: string) => void) {
    subscribe(IPC_EVENTS.menuCommand, (command) => {
      if (isAppCommand(command)) callback(command);
    });
  },
} as KompetenApi;

contextBridge.exposeInMainWorld('kompeten', Object.freeze(api));
