import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect } from 'react';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { queryClient } from './query-client';
import { routes } from './routes';

const router = createBrowserRouter(routes);

/**
 * Providers only: the query cache and the router. The tree must stay the same shape as the server's render of
 * /reviews (entry-server.tsx) for hydration to match, so nothing else sits beside the router here: the toaster
 * has its own root (main.tsx).
 */
export function App({ onLive }: { onLive?: () => void }) {
  // After the first commit, or the hydration's: React is listening to the page from now on.
  useEffect(() => onLive?.(), [onLive]);
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
