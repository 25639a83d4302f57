import type { KompetenApi } from '../../../shared/ipc/contract';
import type { Bridge } from './bridge';

/** The desktop bridge: a thin mapping onto the preload's `window.kompeten`. */
export function createElectronBridge(api: KompetenApi): Bridge {
  return {
    kind: 'electron',
    appInfo: () => api.appInfo(),
    saveFile: ({ suggestedName, filters, data }) => api.saveFile({ suggestedName, filters, data }),
    openFile: (request) => api.openFile(request),
    openExternal: async (url) => (await api.openExternal({ url })).opened,
    setLanguage: (language) => api.setLanguage({ language }),
  };
}
