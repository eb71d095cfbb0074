import { useState, type KeyboardEvent } from 'react';
import { Button } from '../../components/button';
import { PdfPage } from './pdf-page';
import { PdfToolbar } from './pdf-toolbar';
import { useElementWidth } from './use-element-width';
import { usePageTracking } from './use-page-tracking';
import { usePdfDocument } from './use-pdf-document';
import { effectiveScale, zoomIn, zoomOut, type Zoom } from './viewer-math';
import styles from './pdf-viewer.module.css';

export interface PdfViewerProps {
  documentId: number;
  name: string;
  /** The signed download link (`/files/<token>`); it changes as the file list refetches. */
  url: string | null;
  /** Refetches the documents list and answers the document's fresh link (null: it is gone). */
  refreshUrl: () => Promise<string | null>;
  onClose: () => void;
}

/** Horizontal room around the pages inside the scroller (CSS padding of .pages, both sides). */
const SIDE_ROOM = 32;

/** The PDF viewer (default export for React.lazy: pdf.js stays in this lazy chunk). */
export default function PdfViewer({ documentId, name, url, refreshUrl, onClose }: PdfViewerProps) {
  const [attempt, setAttempt] = useState(0);
  const state = usePdfDocument(documentId, url, refreshUrl, attempt);
  const [zoom, setZoom] = useState<Zoom>({ mode: 'fit' });
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null);
  const width = useElementWidth(scroller);
  const ready = state.status === 'ready' ? state : null;
  const pageCount = ready?.doc.numPages ?? 0;
  const scale = ready ? effectiveScale(zoom, width - SIDE_ROOM, ready.pageWidth) : 1;
  const { page, goTo, onScroll } = usePageTracking(scroller, pageCount, scale);
  const step = (direction: 1 | -1) =>
    setZoom({ mode: 'scale', value: direction > 0 ? zoomIn(scale) : zoomOut(scale) });

  // Zoom keys while the focus is in the viewer (but not in the Page box, where they are typing).
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (!ready || e.ctrlKey || e.metaKey || e.altKey || e.target instanceof HTMLInputElement) return;
    if (e.key === '+' || e.key === '=') step(1);
    else if (e.key === '-') step(-1);
    else if (e.key === '0') setZoom({ mode: 'fit' });
    else return;
    e.preventDefault();
  };

  return (
    <section className={styles.viewer} aria-label={`${name} (PDF viewer)`} onKeyDown={onKeyDown}>
      <PdfToolbar
        name={name}
        page={page}
        pageCount={ready ? pageCount : null}
        scale={scale}
        zoom={zoom}
        downloadUrl={url}
        onPage={goTo}
        onZoom={setZoom}
        onZoomStep={step}
        onClose={onClose}
      />
      <div
        ref={setScroller}
        className={styles.scroller}
        onScroll={onScroll}
        tabIndex={0}
        role="region"
        aria-label={`Pages of ${name}`}
        aria-busy={state.status === 'loading'}
      >
        {state.status === 'loading' && (
          <p className={styles.message} role="status">
            Opening {name}…
          </p>
        )}
        {state.status === 'error' && (
          <div className={styles.message} role="alert">
            <p className={styles.messageTitle}>This PDF could not be opened</p>
            <p>{state.detail}</p>
            <div className={styles.messageActions}>
              <Button size="small" onClick={() => setAttempt((n) => n + 1)}>
                Try again
              </Button>
              {url && (
                <a href={url} download={name}>
                  Download it instead
                </a>
              )}
            </div>
          </div>
        )}
        {ready && width > 0 && (
          <div className={styles.pages}>
            {Array.from({ length: pageCount }, (_, i) => (
              <PdfPage
                key={i + 1}
                doc={ready.doc}
                pageNumber={i + 1}
                pageCount={pageCount}
                scale={scale}
                fallbackSize={{ width: ready.pageWidth, height: ready.pageHeight }}
                root={scroller}
              />
            ))}
          </div>
        )}
      </div>
    </section>
  );
}
