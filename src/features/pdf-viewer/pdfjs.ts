import { GlobalWorkerOptions, getDocument, type PDFDocumentLoadingTask } from 'pdfjs-dist';
// The worker is its own 1.2 MB file, fetched only when a PDF is opened (this module is in the viewer's lazy chunk).
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

// Same-origin, so pdf.js starts it as `new Worker(url, { type: 'module' })`: allowed by script-src 'self' (a
// cross-origin URL would make it wrap the worker in a blob: URL, which our CSP does not allow).
GlobalWorkerOptions.workerSrc = workerUrl;

/**
 * Opens PDF bytes under our Content Security Policy: no eval (`isEvalSupported: false`; script-src has no
 * 'unsafe-eval') and no WebAssembly (`useWasm: false`; script-src has no 'wasm-unsafe-eval'). Fonts a PDF does
 * not embed fall back to system fonts (pdf.js's default in browsers).
 */
export function openPdf(data: Uint8Array): PDFDocumentLoadingTask {
  return getDocument({ data, isEvalSupported: false, useWasm: false, enableXfa: false });
}

/** A human sentence for why a PDF did not open (pdf.js names its exceptions). */
export function pdfErrorDetail(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') return 'It is protected by a password.';
  if (name === 'InvalidPDFException') return 'The file is damaged or is not a PDF.';
  if (name === 'ResponseException' || name === 'FetchError') return 'It could not be downloaded.';
  return 'Something went wrong while reading it.';
}
