/*
 * The viewer's toolbar arithmetic, kept pure so it can be tested without a PDF: which page a typed number
 * means, the zoom steps, the fit-width scale and which page the reader is looking at.
 */

/** Zoom steps (1 = 72 CSS px per inch of the PDF, i.e. a PDF point per CSS pixel). */
export const ZOOM_STEPS = [0.5, 0.67, 0.75, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3] as const;
export const MIN_ZOOM: number = ZOOM_STEPS[0];
export const MAX_ZOOM: number = ZOOM_STEPS[11];

export type Zoom = { mode: 'fit' } | { mode: 'scale'; value: number };

/** A page number within 1..count (count 0: 1). Fractions are floored; anything not finite goes to 1. */
export function clampPage(page: number, count: number): number {
  const last = Math.max(1, Math.floor(count));
  if (!Number.isFinite(page)) return 1;
  return Math.min(last, Math.max(1, Math.floor(page)));
}

/** What the "Page" box means: a whole number, clamped; null when it holds no number (keep the current page). */
export function parsePageInput(text: string, count: number): number | null {
  const match = /^\s*(\d{1,9})\s*$/.exec(text);
  return match ? clampPage(Number(match[1]), count) : null;
}

const EPSILON = 0.001;

/** The next step above the current scale (from "fit width" too), capped at the largest. */
export function zoomIn(current: number): number {
  return ZOOM_STEPS.find((s) => s > current + EPSILON) ?? MAX_ZOOM;
}

/** The next step below the current scale, floored at the smallest. */
export function zoomOut(current: number): number {
  return [...ZOOM_STEPS].reverse().find((s) => s < current - EPSILON) ?? MIN_ZOOM;
}

/** The scale at which a page of `pageWidth` points fills `available` CSS pixels, within the zoom range. */
export function fitWidthScale(available: number, pageWidth: number): number {
  if (!(available > 0) || !(pageWidth > 0)) return 1;
  // Hundredths: a resize by a pixel should not redraw every page.
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, Math.floor((available / pageWidth) * 100) / 100));
}

export function effectiveScale(zoom: Zoom, available: number, pageWidth: number): number {
  return zoom.mode === 'fit' ? fitWidthScale(available, pageWidth) : zoom.value;
}

export function zoomLabel(scale: number): string {
  return `${Math.round(scale * 100)}%`;
}

/**
 * The page the reader is on: the last page whose top is above a line a third of the way down the view.
 * `tops` are the pages' top offsets in the scroller, in order.
 */
export function pageAt(tops: readonly number[], scrollTop: number, viewHeight: number): number {
  const line = scrollTop + viewHeight / 3;
  let page = 1;
  for (let i = 0; i < tops.length; i++) {
    if ((tops[i] ?? 0) <= line) page = i + 1;
    else break;
  }
  return page;
}
