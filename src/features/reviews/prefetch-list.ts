import type { QueryClient } from '@tanstack/react-query';
import { paths } from '../../paths';
import { apiParamsFromFilters, filtersFromSearch } from './list-params';
import { reviewQueries } from './review-queries';

/**
 * When the app opens on the review list, asks for its first page at once, in parallel with /auth/me and the
 * first render, instead of after them (issue 7, P2: the list used to start only once the page had rendered).
 * Same query key as the page's own query, so the page reuses this request. A failed prefetch nobody is
 * watching yet is dropped (a signed-out visitor's 401), so the page later starts clean rather than in error.
 */
export function prefetchReviewList(client: QueryClient, location: Pick<Location, 'pathname' | 'search'>) {
  if (location.pathname !== paths.reviews()) return;
  const options = reviewQueries.list(
    apiParamsFromFilters(filtersFromSearch(new URLSearchParams(location.search))),
  );
  void client.prefetchInfiniteQuery(options).then(() => {
    const query = client.getQueryCache().find({ queryKey: options.queryKey, exact: true });
    if (query?.state.status === 'error' && query.getObserversCount() === 0)
      client.removeQueries({ queryKey: options.queryKey, exact: true });
  });
}
