import { QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { RouterProvider } from 'react-router/dom';
import { queryClient } from './query-client';
import { router } from './router';

// The toaster is not needed for the first paint: loading it lazily keeps sonner out of the entry bundle.
// The features that call toast() are lazy chunks themselves, so they share this one copy of sonner.
const Toaster = lazy(() => import('sonner').then((m) => ({ default: m.Toaster })));

/** Providers only: the query cache, the router, and the toaster (success messages; errors stay next to their action). */
export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
      <Suspense fallback={null}>
        <Toaster position="bottom-right" richColors={false} closeButton={false} duration={3500} />
      </Suspense>
    </QueryClientProvider>
  );
}
