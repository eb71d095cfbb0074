import { infiniteQueryOptions } from '@tanstack/react-query';
import { request, type Query } from '../../api-client';
import { ReviewListPage } from '../../contract/review';
import { api } from '../../paths';
import type { ReviewListParams } from './list-params';

const PAGE_SIZE = 50;

/** One list page's query string; the total count rides on the first page only. The server renders the first
 * page of /reviews with this same query (src/entry-server.tsx), so both ask for identical rows. */
export function listPageQuery(params: ReviewListParams, cursor: string | null): Query {
  return { ...params, size: PAGE_SIZE, ...(cursor ? { cursor } : { includeTotalCount: true }) };
}

/** Review list queries. Detail and actions live in features/review-detail/review-detail-queries.ts. */
export const reviewQueries = {
  all: () => ['reviews'] as const,
  lists: () => ['reviews', 'list'] as const,
  /** GET /public/v2/vendor-security-reviews, cursor paged. */
  list: (params: ReviewListParams) =>
    infiniteQueryOptions({
      queryKey: ['reviews', 'list', params] as const,
      queryFn: ({ pageParam, signal }) =>
        request(api.reviews(), ReviewListPage, { query: listPageQuery(params, pageParam), signal }),
      initialPageParam: null as string | null,
      getNextPageParam: (last) => last.pagination.cursor,
    }),
};
