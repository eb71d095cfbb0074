import { zodResolver } from '@hookform/resolvers/zod';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { useForm } from 'react-hook-form';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { z } from 'zod';

/*
 * The bundle floor (bench P1): the smallest app that renders with the same libraries as SOC Review, in the
 * way SOC Review uses them. Whatever the real app weighs above this is the app's own code and CSS.
 */
const Schema = z.object({ title: z.string().min(1, 'Required').max(191) });
type FormIn = z.input<typeof Schema>;
type FormOut = z.output<typeof Schema>;

function Page() {
  const greeting = useQuery({ queryKey: ['greeting'], queryFn: () => Promise.resolve('Hello') });
  const form = useForm<FormIn, unknown, FormOut>({
    resolver: zodResolver(Schema),
    defaultValues: { title: '' },
  });
  return (
    <form onSubmit={(e) => void form.handleSubmit((v) => console.log(v.title))(e)}>
      <h1>{greeting.data ?? '…'}</h1>
      <input aria-label="Title" {...form.register('title')} />
      <p>{form.formState.errors.title?.message}</p>
      <button type="submit">Save</button>
    </form>
  );
}

const router = createBrowserRouter([{ path: '*', Component: Page }]);
const queryClient = new QueryClient();
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>,
  );
}
