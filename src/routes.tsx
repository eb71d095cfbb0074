import { Navigate, redirect, type RouteObject } from 'react-router';
import { RootErrorBoundary, RouteErrorBoundary } from './components/route-error-boundary';
import { AppSkeleton } from './features/layout/app-skeleton';
import { RootLayout } from './features/layout/root-layout';
import { NotFoundPage } from './features/layout/not-found-page';
import { Component as ReviewsPage } from './features/reviews/reviews-page';
import { paths } from './paths';

/**
 * Every route, declared once. The root layout decides signed-in vs sign-in form, so no route needs a guard and
 * the URL never changes on sign-in. A pathless child carries the error boundary so a failing page renders
 * inside the app shell (header and nav stay usable); the root boundary is the last resort. The browser router
 * (app.tsx) and the server's first render of /reviews (entry-server.tsx) both use this one table.
 */
export const routes: RouteObject[] = [
  {
    id: 'root',
    Component: RootLayout,
    ErrorBoundary: RootErrorBoundary,
    // Shown while the first page's code loads (lazy routes), before the layout itself can render.
    HydrateFallback: AppSkeleton,
    children: [
      {
        ErrorBoundary: RouteErrorBoundary,
        children: [
          // The loader redirects before anything renders; the component only covers a render without it.
          { index: true, loader: () => redirect(paths.reviews()), Component: RedirectHome },
          // The home page is in the entry, not lazy: with every route of the first URL loaded, the router
          // renders it at once instead of after another round trip and a transition (issue 7, P2).
          { path: paths.reviews(), Component: ReviewsPage },
          {
            path: '/vendors/:vendorId/reviews/:reviewId/:section?',
            lazy: () => import('./features/review-detail/review-page'),
          },
          { path: paths.apiKeys(), lazy: () => import('./features/api-keys/api-keys-page') },
          { path: '*', Component: NotFoundPage },
        ],
      },
    ],
  },
];

function RedirectHome() {
  return <Navigate to={paths.reviews()} replace />;
}
