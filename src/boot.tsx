// The app itself, started by main.tsx once the page has painted.
import { hydrate } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app';
import { meQuery } from './features/auth/auth-queries';
import { prefetchReviewList } from './features/reviews/prefetch-list';
import { queryClient } from './query-client';
import { RenderTimeProvider } from './render-time';
import { readSsrState } from './ssr-state';

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks <div id="root">');
const ssr = readSsrState(document);
let setLive = () => {};
/** Resolves once the app has rendered (or hydrated) the page and handles its events. */
export const live = new Promise<void>((resolve) => (setLive = resolve));
// The same shape as entry-server.tsx's tree, so a hydration matches (useId's ids depend on it).
const app = (
  <StrictMode>
    <RenderTimeProvider value={ssr?.renderedAt ?? null}>
      <App onLive={setLive} />
    </RenderTimeProvider>
  </StrictMode>
);

if (ssr) {
  // The server rendered this page (the review list, signed in): adopt its data and its DOM.
  hydrate(queryClient, ssr.queries);
  hydrateRoot(root, app);
} else {
  // Start what the first screen needs before React renders: who is signed in and, on /reviews, the list's
  // first page. Both answers then arrive while the app boots instead of one after the other.
  void queryClient.prefetchQuery(meQuery);
  prefetchReviewList(queryClient, window.location);
  createRoot(root).render(app);
}

// Success messages only; not part of the first paint, so sonner loads after it, in a root of its own.
void import('sonner').then(({ Toaster }) => {
  const host = document.body.appendChild(document.createElement('div'));
  createRoot(host).render(
    <Toaster position="bottom-right" richColors={false} closeButton={false} duration={3500} />,
  );
});
