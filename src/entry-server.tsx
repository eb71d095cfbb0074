import { dehydrate, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { toSearch } from './api-client';
import { ReviewListPage } from './contract/review';
import { Me } from './contract/user';
import { meQuery } from './features/auth/auth-queries';
import { apiParamsFromFilters, filtersFromSearch } from './features/reviews/list-params';
import { listPageQuery, reviewQueries } from './features/reviews/review-queries';
import { api, paths } from './paths';
import { RenderTimeProvider } from './render-time';
import { routes } from './routes';
import { ssrStateScript } from './ssr-state';

/*
 * The server's first render of the review list, the page every visit starts on. Built by `vite build --ssr`
 * into dist/ssr/ and called by src/server/ssr.ts, so the HTML arrives with the rows in it and they paint before
 * any script has run (issue 7, P2). The browser then hydrates this same tree (boot.tsx) from the same data,
 * which rides along as react-query state. Same routes, same components, same query keys as the client: there
 * is no second template to keep in step.
 */

/** The one page rendered on the server. */
export const SSR_PATH = paths.reviews();

const handler = createStaticHandler(routes);

function listParams(search: string) {
  return apiParamsFromFilters(filtersFromSearch(new URLSearchParams(search)));
}

/** The API request (path and query) for the first list page of this page URL's filters, as the client asks it. */
export function listRequestUrl(search: string): string {
  return api.reviews() + toSearch(listPageQuery(listParams(search), null));
}

export interface Rendered {
  /** Goes inside `<div id="root">`. */
  html: string;
  /** Goes after it: the data the browser hydrates with. */
  state: string;
}

/**
 * Renders `url` (path and query of /reviews) for the signed-in user `me` with the list's first page, at time
 * `now` (ms). Both bodies are the API's own answers, parsed with the contract like every answer the browser
 * gets.
 */
export async function render(input: {
  url: string;
  me: unknown;
  firstPage: unknown;
  now: number;
}): Promise<Rendered> {
  const url = new URL(input.url, 'http://localhost');
  if (url.pathname !== SSR_PATH) throw new Error(`only ${SSR_PATH} is rendered on the server`);
  const client = new QueryClient();
  client.setQueryData(meQuery.queryKey, Me.parse(input.me));
  client.setQueryData(reviewQueries.list(listParams(url.search)).queryKey, {
    pages: [ReviewListPage.parse(input.firstPage)],
    pageParams: [null],
  });

  const context = await handler.query(new Request(url));
  if (context instanceof Response) throw new Error(`${SSR_PATH} answered ${context.status}, not a page`);
  const router = createStaticRouter(handler.dataRoutes, context);
  // The same shape as boot.tsx's tree (StrictMode, RenderTimeProvider, App), or useId's ids would differ.
  const html = renderToString(
    <StrictMode>
      <RenderTimeProvider value={input.now}>
        <QueryClientProvider client={client}>
          <StaticRouterProvider router={router} context={context} hydrate={false} />
        </QueryClientProvider>
      </RenderTimeProvider>
    </StrictMode>,
  );
  return { html, state: ssrStateScript({ queries: dehydrate(client), renderedAt: input.now }) };
}
