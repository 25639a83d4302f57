import { useEffect } from 'react';

/** Names the window after the page, so screen readers and the task bar say where you are. */
export function useDocumentTitle(pageTitle: string): void {
  useEffect(() => {
    document.title = `${pageTitle} — Kompeten`;
  }, [pageTitle]);
}
