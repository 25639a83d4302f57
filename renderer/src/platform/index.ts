import type { KompetenApi } from '../../../shared/ipc/contract';
import type { Bridge } from './bridge';
import { createElectronBridge } from './electron-bridge';
import { createWebBridge } from './web-bridge';

declare global {
  interface Window {
    /** Present only inside the desktop app, exposed by the preload. */
    kompeten?: KompetenApi;
  }
}

export const bridge: Bridge = window.kompeten
  ? createElectronBridge(window.kompeten)
  : createWebBridge();
