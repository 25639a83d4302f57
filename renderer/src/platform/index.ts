import type { Bridge } from './bridge';
import { createElectronBridge } from './electron-bridge';
import { createWebBridge } from './web-bridge';

import type {} from './kompeten-window';

export const bridge: Bridge = window.kompeten
  ? createElectronBridge(window.kompeten)
  : createWebBridge();
