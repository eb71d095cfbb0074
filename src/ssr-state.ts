import type { DehydratedState } from '@tanstack/react-query';

/**
 * What the server rendered /reviews with (the signed-in user and the list's first page, as react-query
 * state), carried in the page so the browser hydrates the same tree from the same data without asking again.
 */
export interface SsrState {
  queries: DehydratedState;
  /** When the server rendered the page (ms since the epoch): "now" for the hydrating render. */
  renderedAt: number;
}

const ID = 'ssr-state';

/**
 * A JSON data block, not a script that runs (the CSP allows no inline scripts). `<` is escaped so a review
 * titled `</script>` cannot end the element early; U+2028/2029 for old parsers.
 */
export function ssrStateScript(state: SsrState): string {
  const json = JSON.stringify(state)
    .replaceAll('<', '\\u003c')
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029');
  return `<script type="application/json" id="${ID}">${json}</script>`;
}

/** The server's state when this page was server-rendered, else null (every other page, or signed out). */
export function readSsrState(doc: Document): SsrState | null {
  const text = doc.getElementById(ID)?.textContent;
  if (!text) return null;
  try {
    const state = JSON.parse(text) as Partial<SsrState> | null;
    return Array.isArray(state?.queries?.queries) && typeof state.renderedAt === 'number'
      ? (state as SsrState)
      : null;
  } catch {
    return null;
  }
}
