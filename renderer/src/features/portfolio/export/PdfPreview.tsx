import { GlobalWorkerOptions, getDocument } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

GlobalWorkerOptions.workerSrc = workerUrl;

/** How many pages the preview draws; the saved file has them all. */
const PREVIEW_PAGES = 3;
const PREVIEW_WIDTH = 420;

/** Draws the first pages of a PDF with pdf.js, so the user sees it before saving. */
export default function PdfPreview({ pdf }: { pdf: Uint8Array }) {
  const { t } = useTranslation();
  const holder = useRef<HTMLDivElement>(null);
  const [pages, setPages] = useState<number | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let cancelled = false;
    // pdf.js takes ownership of the bytes it is given, so it gets a copy.
    const task = getDocument({ data: pdf.slice(), isEvalSupported: false });
    void (async () => {
      try {
        const document = await task.promise;
        if (cancelled) return;
        setPages(document.numPages);
        const target = holder.current;
        if (!target) return;
        target.replaceChildren();
        for (let n = 1; n <= Math.min(PREVIEW_PAGES, document.numPages); n += 1) {
          const page = await document.getPage(n);
          if (cancelled) return;
          const unscaled = page.getViewport({ scale: 1 });
          const viewport = page.getViewport({ scale: PREVIEW_WIDTH / unscaled.width });
          const canvas = window.document.createElement('canvas');
          canvas.width = Math.floor(viewport.width);
          canvas.height = Math.floor(viewport.height);
          canvas.className = 'pdf-preview__page';
          canvas.setAttribute('role', 'img');
          canvas.setAttribute('aria-label', t('portfolioExport.previewPage', { page: n }));
          target.append(canvas);
          await page.render({ canvas, viewport }).promise;
        }
      } catch {
        if (!cancelled) setFailed(true);
      }
    })();
    return () => {
      cancelled = true;
      void task.destroy();
    };
  }, [pdf, t]);

  return (
    <section className="pdf-preview" aria-labelledby="pdf-preview-title">
      <h2 id="pdf-preview-title">{t('portfolioExport.previewTitle')}</h2>
      {failed ? (
        <p className="muted">{t('portfolioExport.previewFailed')}</p>
      ) : (
        pages !== null && (
          <p className="muted small">
            {t('portfolioExport.previewNote', {
              count: pages,
              shown: Math.min(PREVIEW_PAGES, pages),
            })}
          </p>
        )
      )}
      <div ref={holder} className="pdf-preview__pages" />
    </section>
  );
}
