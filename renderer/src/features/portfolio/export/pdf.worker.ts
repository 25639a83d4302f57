/// <reference lib="webworker" />
import pdfMake from 'pdfmake/build/pdfmake';
import vfs from 'pdfmake/build/vfs_fonts';
import { buildPortfolioDocument } from '../../../../../shared/portfolio/pdf/document';
import type { PdfMessage, PdfRequest } from './pdf-protocol';

/**
 * Lays out and renders the portfolio PDF off the main thread. pdfmake and its fonts are in this
 * worker's chunk only, so they load when the user exports, not at start-up.
 */
pdfMake.addVirtualFileSystem(vfs);
// The portfolio never fetches anything: no image or font may come from a URL.
pdfMake.setUrlAccessPolicy(() => false);

const post = (message: PdfMessage, transfer: Transferable[] = []) =>
  (self as DedicatedWorkerGlobalScope).postMessage(message, transfer);

self.onmessage = async (event: MessageEvent<PdfRequest>) => {
  const { data, sections, words, verificationCode } = event.data;
  try {
    post({ kind: 'progress', stage: 'layout', fraction: 0 });
    const definition = buildPortfolioDocument(data, { sections, words, verificationCode });
    pdfMake.setProgressCallback((fraction) =>
      post({ kind: 'progress', stage: 'render', fraction }),
    );
    const buffer = await pdfMake.createPdf(definition).getBuffer();
    const pdf = new Uint8Array(buffer).slice().buffer;
    post({ kind: 'done', pdf }, [pdf]);
  } catch (error) {
    post({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
