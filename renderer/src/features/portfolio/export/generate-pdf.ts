import type { PdfMessage, PdfRequest } from './pdf-protocol';

export interface PdfProgress {
  stage: 'layout' | 'render';
  fraction: number;
}

/** Raised when the user stops an export; nothing was made. */
export class PdfCancelledError extends Error {
  constructor() {
    super('The export was cancelled');
    this.name = 'PdfCancelledError';
  }
}

/**
 * Makes the PDF in a Web Worker, so the page stays responsive. Cancelling ends the worker at
 * once, wherever it is.
 */
export function generatePdf(
  request: PdfRequest,
  onProgress: (progress: PdfProgress) => void,
): { result: Promise<Uint8Array<ArrayBuffer>>; cancel(): void } {
  const worker = new Worker(new URL('./pdf.worker.ts', import.meta.url), { type: 'module' });
  // Set inside the promise, which runs at once, before anyone can call it.
  let cancel: () => void = () => undefined;
  const result = new Promise<Uint8Array<ArrayBuffer>>((resolve, reject) => {
    const finish = () => worker.terminate();
    cancel = () => {
      finish();
      reject(new PdfCancelledError());
    };
    worker.onmessage = (event: MessageEvent<PdfMessage>) => {
      const message = event.data;
      if (message.kind === 'progress') onProgress(message);
      else if (message.kind === 'done') {
        finish();
        resolve(new Uint8Array(message.pdf));
      } else {
        finish();
        reject(new Error(message.message));
      }
    };
    worker.onerror = (event) => {
      finish();
      reject(new Error(event.message || 'The PDF worker stopped'));
    };
  });
  worker.postMessage(request);
  return { result, cancel: () => cancel() };
}
