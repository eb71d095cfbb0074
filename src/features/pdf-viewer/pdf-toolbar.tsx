import { useState } from 'react';
import { ChevronDown, ChevronUp, Download, MoveHorizontal, X, ZoomIn, ZoomOut } from 'lucide-react';
import { MAX_ZOOM, MIN_ZOOM, parsePageInput, zoomLabel, type Zoom } from './viewer-math';
import { ToolButton } from './tool-button';
import styles from './pdf-viewer.module.css';

interface Props {
  name: string;
  page: number;
  /** null while the document is loading or could not be opened. */
  pageCount: number | null;
  scale: number;
  zoom: Zoom;
  downloadUrl: string | null;
  onPage: (page: number) => void;
  onZoom: (zoom: Zoom) => void;
  onZoomStep: (direction: 1 | -1) => void;
  onClose: () => void;
}

/** Page N of M with previous/next, zoom out/in/fit width, Download and Close: every control a labelled button. */
export function PdfToolbar(props: Props) {
  const { name, page, pageCount, scale, zoom, downloadUrl, onPage, onZoom, onZoomStep, onClose } = props;
  // What the reader is typing; null: show the current page.
  const [typed, setTyped] = useState<string | null>(null);
  const ready = pageCount !== null;
  const commit = () => {
    if (typed !== null && pageCount !== null) {
      const target = parsePageInput(typed, pageCount);
      if (target !== null) onPage(target);
    }
    setTyped(null);
  };

  return (
    <div className={styles.toolbar} role="group" aria-label="PDF controls">
      <div className={styles.title}>
        <span className={styles.name} title={name}>
          {name}
        </span>
      </div>
      <div className={styles.group}>
        <ToolButton
          label="Previous page"
          icon={<ChevronUp size={16} aria-hidden="true" />}
          disabled={!ready || page <= 1}
          onClick={() => onPage(page - 1)}
        />
        <ToolButton
          label="Next page"
          icon={<ChevronDown size={16} aria-hidden="true" />}
          disabled={!ready || page >= (pageCount ?? 1)}
          onClick={() => onPage(page + 1)}
        />
        <label className={styles.pageLabel}>
          <span>Page</span>
          <input
            className={styles.pageInput}
            inputMode="numeric"
            autoComplete="off"
            disabled={!ready}
            value={typed ?? String(page)}
            onChange={(e) => setTyped(e.target.value)}
            onFocus={(e) => e.target.select()}
            onBlur={commit}
            onKeyDown={(e) => {
              if (e.key === 'Enter') commit();
              if (e.key === 'Escape') setTyped(null);
            }}
          />
        </label>
        <span className={styles.pageCount}>of {pageCount ?? '…'}</span>
      </div>
      <div className={styles.group}>
        <ToolButton
          label="Zoom out"
          icon={<ZoomOut size={16} aria-hidden="true" />}
          title="Zoom out (−)"
          aria-keyshortcuts="-"
          disabled={!ready || scale <= MIN_ZOOM}
          onClick={() => onZoomStep(-1)}
        />
        <output className={styles.zoomValue} aria-label="Zoom">
          {zoomLabel(scale)}
        </output>
        <ToolButton
          label="Zoom in"
          icon={<ZoomIn size={16} aria-hidden="true" />}
          title="Zoom in (+)"
          aria-keyshortcuts="+"
          disabled={!ready || scale >= MAX_ZOOM}
          onClick={() => onZoomStep(1)}
        />
        <ToolButton
          label="Fit width"
          icon={<MoveHorizontal size={16} aria-hidden="true" />}
          title="Fit width (0)"
          aria-keyshortcuts="0"
          aria-pressed={zoom.mode === 'fit'}
          disabled={!ready}
          onClick={() => onZoom({ mode: 'fit' })}
        />
      </div>
      <div className={styles.group}>
        {downloadUrl && (
          <a className={styles.tool} href={downloadUrl} download={name} title={`Download ${name}`}>
            <Download size={16} aria-hidden="true" />
            <span className="visually-hidden">Download</span>
          </a>
        )}
        <ToolButton label="Close viewer" icon={<X size={16} aria-hidden="true" />} onClick={onClose} />
      </div>
    </div>
  );
}
