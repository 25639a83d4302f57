import type { KompetenApi } from '../../../shared/ipc/contract';

declare global {
  interface Window {
    /** Present only inside the desktop app, exposed by the preload. */
    kompeten?: KompetenApi;
  }
}

export type { KompetenApi };
