/**
 * Sandboxed preload: exposes exactly one object, `window.kompeten`, with one function per
 * declared IPC channel. It never exposes ipcRenderer itself. Built as CommonJS (a sandboxed
 * preload cannot load ES modules) and kept free of dependencies other than `electron`.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNELS } from '../../shared/ipc/channels';
import type { KompetenApi } from '../../shared/ipc/contract';

const api = Object.fromEntries(
  Object.entries(IPC_CHANNELS).map(([key, channel]) => [
    key,
    (args?: unknown) => ipcRenderer.invoke(channel, args),
  ]),
) as KompetenApi;

contextBridge.exposeInMainWorld('kompeten', Object.freeze(api));
