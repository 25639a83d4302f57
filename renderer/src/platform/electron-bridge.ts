import type { KompetenApi } from '../../../shared/ipc/contract';
import type { AutoBackups, Bridge } from './bridge';

function createAutoBackups(api: KompetenApi): AutoBackups {
  return {
    list: () => api.backupsList(),
    write: (reason, data) => api.backupsWrite({ reason, data }),
    read: (name) => api.backupsRead({ name }),
    versionCheck: () => api.backupsVersion(),
    markVersionSeen: () => api.backupsVersionSeen(),
    onQuit: (makeBackup) =>
      api.onQuitBackupRequested(() => {
        // Whatever happens to the backup, the main process must hear back, or it waits its
        // whole timeout before quitting.
        void makeBackup()
          .catch((error: unknown) => console.error('Backup on quit failed', error))
          .finally(() => api.backupsQuitDone());
      }),
  };
}

/** The desktop bridge: a thin mapping onto the preload's `window.kompeten`. */
export function createElectronBridge(api: KompetenApi): Bridge {
  return {
    kind: 'electron',
    appInfo: () => api.appInfo(),
    saveFile: ({ suggestedName, filters, data }) => api.saveFile({ suggestedName, filters, data }),
    openFile: (request) => api.openFile(request),
    openExternal: async (url) => (await api.openExternal({ url })).opened,
    setLanguage: (language, menu) => api.setLanguage({ language, menu }),
    autoBackups: createAutoBackups(api),
    openedFiles: {
      take: () => api.openedFilesTake(),
      onWaiting: (callback) => api.onFilesOpened(callback),
    },
    onMenuCommand: (callback) => api.onMenuCommand(callback),
    notify: async (notification) => (await api.notify(notification)).shown,
  };
}
