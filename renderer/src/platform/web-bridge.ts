import { isSafeExternalUrl } from '../../../shared/security/external-url';
import type { Bridge, OpenFileRequest, OpenFileResult, SaveFileRequest } from './bridge';

declare const __APP_VERSION__: string;

function download({ suggestedName, data, mimeType }: SaveFileRequest): void {
  const part: BlobPart = typeof data === 'string' ? data : new Uint8Array(data);
  const url = URL.createObjectURL(new Blob([part], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = suggestedName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Asks for one file through a hidden file input; the size is checked before anything is read. */
function pickFile({ filters, maxBytes }: OpenFileRequest): Promise<OpenFileResult> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
    input.style.display = 'none';
    const done = () => input.remove();
    input.addEventListener('cancel', () => {
      done();
      resolve({ status: 'cancelled' });
    });
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      done();
      if (!file) return resolve({ status: 'cancelled' });
      if (file.size > maxBytes)
        return resolve({ status: 'too-large', name: file.name, size: file.size });
      file
        .arrayBuffer()
        .then((buffer) =>
          resolve({ status: 'opened', name: file.name, data: new Uint8Array(buffer) }),
        )
        .catch(reject);
    });
    document.body.append(input);
    input.click();
  });
}

/** The browser bridge: downloads instead of save dialogs, file inputs instead of open dialogs. */
export function createWebBridge(): Bridge {
  return {
    kind: 'web',
    appInfo: async () => ({ version: __APP_VERSION__, platform: 'web' }),
    saveFile: async (request) => {
      download(request);
      return { saved: true, fileName: request.suggestedName };
    },
    openFile: pickFile,
    openExternal: async (url) => {
      if (!isSafeExternalUrl(url)) return false;
      window.open(url, '_blank', 'noopener,noreferrer');
      return true;
    },
    setLanguage: async () => undefined,
    autoBackups: null,
    openedFiles: null,
    onMenuCommand: () => undefined,
    notify: async ({ title, body }) => {
      // Only once the user allowed it (Pengaturan asks when notifications are turned on).
      if (typeof Notification === 'undefined' || Notification.permission !== 'granted')
        return false;
      new Notification(title, { body });
      return true;
    },
  };
}
