import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router/dom';
import { Toaster } from 'sonner';
import { queryClient } from './query-client';
import { router } from './router';

/** Providers only: the query cache, the router, and the toaster (success messages; errors stay next to their action). */
export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
      <Toaster position="bottom-right" richColors={false} closeButton={false} duration={3500} />
    </QueryClientProvider>
  );
}
