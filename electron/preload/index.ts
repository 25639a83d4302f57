/**
 * Sandboxed preload: exposes exactly one object, `window.kompeten`, with one function per
 * declared IPC channel and one subscription. It never exposes ipcRenderer itself. Built as
 * CommonJS (a sandboxed preload cannot load ES modules) and kept free of dependencies other
 * than `electron`.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNELS, IPC_EVENTS } from '../../shared/ipc/channels';
import type { KompetenApi } from '../../shared/ipc/contract';

const api = {
  ...Object.fromEntries(
    Object.entries(IPC_CHANNELS).map(([key, channel]) => [
      key,
      (args?: unknown) => ipcRenderer.invoke(channel, args),
    ]),
  ),
  onQuitBackupRequested(callback: () => void) {
    // One listener at a time, so a page that subscribes again never makes two backups. The
    // IPC event is not passed on: its `sender` is ipcRenderer.
    ipcRenderer.removeAllListeners(IPC_EVENTS.quitBackupRequested);
    ipcRenderer.on(IPC_EVENTS.quitBackupRequested, () => callback());
  },
} as KompetenApi;

contextBridge.exposeInMainWorld('kompeten', Object.freeze(api));
