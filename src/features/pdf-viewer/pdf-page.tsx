import { useEffect, useRef, useState, type CSSProperties } from 'react';
import { TextLayer, type PDFDocumentProxy, type RenderTask } from 'pdfjs-dist';
import styles from './pdf-viewer.module.css';

interface Props {
  doc: PDFDocumentProxy;
  pageNumber: number;
  pageCount: number;
  scale: number;
  /** Page 1's size in PDF points: this page's placeholder size until the page itself is measured. */
  fallbackSize: { width: number; height: number };
  /** The scrolling container, for the observer that decides when the page is near enough to draw. */
  root: HTMLElement | null;
}

const isCancel = (error: unknown) => error instanceof Error && error.name === 'RenderingCancelledException';
// Sharp on HiDPI screens, but a 3x bitmap of a page costs 4x the memory of a 1.5x one: cap it.
const pixelRatio = () => Math.min(window.devicePixelRatio || 1, 2);

/**
 * One page: a box of the page's size that draws its canvas (and the selectable text over it) only while it is
 * within a screen of the view, and drops both when it scrolls far away, so a 150-page report stays light.
 */
export function PdfPage({ doc, pageNumber, pageCount, scale, fallbackSize, root }: Props) {
  const boxRef = useRef<HTMLDivElement>(null);
  const canvasHostRef = useRef<HTMLDivElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const box = boxRef.current;
    if (!box || !root) return;
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) setNear(entry.isIntersecting);
      },
      { root, rootMargin: '100% 0px' },
    );
    observer.observe(box);
    return () => observer.disconnect();
  }, [root]);

  // The canvas, redrawn on zoom: the old bitmap stays (stretched) until the new one is ready, so no white flash.
  useEffect(() => {
    const host = canvasHostRef.current;
    if (!near || !host) return;
    let cancelled = false;
    let task: RenderTask | null = null;
    void (async () => {
      const page = await doc.getPage(pageNumber);
      if (cancelled) return;
      const base = page.getViewport({ scale: 1 });
      setSize((s) => (s?.width === base.width && s.height === base.height ? s : base));
      const viewport = page.getViewport({ scale });
      const ratio = pixelRatio();
      const canvas = document.createElement('canvas');
      canvas.width = Math.floor(viewport.width * ratio);
      canvas.height = Math.floor(viewport.height * ratio);
      canvas.className = styles.canvas ?? '';
      canvas.setAttribute('aria-hidden', 'true');
      task = page.render({
        canvas,
        viewport,
        transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0],
      });
      await task.promise;
      if (!cancelled) host.replaceChildren(canvas);
    })().catch((error: unknown) => {
      if (!cancelled && !isCancel(error)) setFailed(true);
    });
    return () => {
      cancelled = true;
      task?.cancel();
    };
  }, [doc, pageNumber, scale, near]);

  // The text layer for selecting and copying: laid out in page units, it follows the zoom through CSS alone.
  useEffect(() => {
    const container = textRef.current;
    if (!near || !container) return;
    let layer: TextLayer | null = null;
    let cancelled = false;
    void doc
      .getPage(pageNumber)
      .then(async (page) => {
        if (cancelled) return;
        container.replaceChildren();
        layer = new TextLayer({
          textContentSource: page.streamTextContent(),
          container,
          viewport: page.getViewport({ scale: 1 }),
        });
        await layer.render();
      })
      .catch(() => {
        // Without its text layer a page still shows; only selection is lost.
      });
    return () => {
      cancelled = true;
      layer?.cancel();
    };
  }, [doc, pageNumber, near]);

  // Far from view: free the bitmap and the text.
  useEffect(() => {
    if (near) return;
    const host = canvasHostRef.current;
    for (const canvas of host?.querySelectorAll('canvas') ?? []) {
      canvas.width = 0;
      canvas.height = 0;
    }
    host?.replaceChildren();
    textRef.current?.replaceChildren();
  }, [near]);

  const { width, height } = size ?? fallbackSize;
  const style = {
    width: `${Math.floor(width * scale)}px`,
    height: `${Math.floor(height * scale)}px`,
    '--total-scale-factor': String(scale),
  } as CSSProperties;
  return (
    <div
      ref={boxRef}
      className={styles.page}
      style={style}
      data-page={pageNumber}
      role="group"
      aria-label={`Page ${pageNumber} of ${pageCount}`}
    >
      <div ref={canvasHostRef} className={styles.canvasHost} />
      <div ref={textRef} className={styles.textLayer} />
      {failed && <p className={styles.pageError}>This page could not be shown.</p>}
    </div>
  );
}
