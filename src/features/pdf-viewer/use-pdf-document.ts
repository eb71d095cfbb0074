import { useEffect, useRef, useState } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { downloadErrorDetail, fetchPdfBytes } from './fetch-pdf';
import { openPdf, pdfErrorDetail } from './pdfjs';

export type PdfState =
  | { status: 'loading' }
  | { status: 'error'; detail: string }
  /** `pageWidth`/`pageHeight`: page 1's size in PDF points, the placeholder size of pages not measured yet. */
  | { status: 'ready'; doc: PDFDocumentProxy; pageWidth: number; pageHeight: number };

/**
 * Downloads and opens one document. Keyed on the document (and a retry counter), not on its URL: the signed
 * link changes every few minutes when the file list refetches, which must not reload an open PDF.
 */
export function usePdfDocument(
  documentId: number,
  url: string | null,
  refreshUrl: () => Promise<string | null>,
  attempt: number,
): PdfState {
  // The answer for one load (document and attempt); another load's answer reads as loading.
  const load = `${documentId}:${attempt}`;
  const [result, setResult] = useState<{ load: string; state: PdfState } | null>(null);
  const latest = useRef({ url, refreshUrl });
  useEffect(() => {
    latest.current = { url, refreshUrl };
  });

  useEffect(() => {
    const abort = new AbortController();
    let task: ReturnType<typeof openPdf> | null = null;
    void (async () => {
      try {
        const { url: current, refreshUrl: refresh } = latest.current;
        const data = await fetchPdfBytes(current, refresh, abort.signal);
        if (abort.signal.aborted) return;
        task = openPdf(data);
        const doc = await task.promise;
        const first = await doc.getPage(1);
        const { width, height } = first.getViewport({ scale: 1 });
        if (!abort.signal.aborted)
          setResult({ load, state: { status: 'ready', doc, pageWidth: width, pageHeight: height } });
      } catch (error) {
        if (abort.signal.aborted) return;
        setResult({
          load,
          state: { status: 'error', detail: downloadErrorDetail(error) ?? pdfErrorDetail(error) },
        });
      }
    })();
    return () => {
      abort.abort();
      // Ends the worker's work on this document and frees its memory.
      void task?.destroy();
    };
  }, [load]);

  return result?.load === load ? result.state : { status: 'loading' };
}
