/**
 * IPC channel names. Kept free of imports so the sandboxed preload can bundle it
 * without pulling zod in; the schemas for each channel live in ./contract.ts.
 */
export const IPC_CHANNELS = {
  appInfo: 'app:info',
  saveFile: 'file:save',
  openFile: 'file:open',
  openExternal: 'shell:open-external',
  setLanguage: 'app:set-language',
} as const;

export type IpcChannelKey = keyof typeof IPC_CHANNELS;
