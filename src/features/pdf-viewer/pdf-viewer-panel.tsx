import { Component, Suspense, lazy, type ReactNode } from 'react';
import type { PdfViewerProps } from './pdf-viewer';
import { ViewerMessage } from './viewer-message';

// pdf.js (and its worker) load only here, when a PDF is opened: never with the review page or the list.
const PdfViewer = lazy(() => import('./pdf-viewer'));

/** The viewer's code failed to load (offline, or a new deployment replaced the chunk). */
class LoadBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

/** The lazy PDF viewer with its loading and failure states. */
export function PdfViewerPanel(props: PdfViewerProps) {
  const { name, onClose } = props;
  return (
    <LoadBoundary
      key={props.documentId}
      fallback={
        <ViewerMessage name={name} onClose={onClose} role="alert">
          <p>This PDF could not be opened: the viewer did not load. Reload the page to try again.</p>
        </ViewerMessage>
      }
    >
      <Suspense
        fallback={
          <ViewerMessage name={name} onClose={onClose} role="status">
            <p>Opening {name}…</p>
          </ViewerMessage>
        }
      >
        <PdfViewer key={props.documentId} {...props} />
      </Suspense>
    </LoadBoundary>
  );
}
