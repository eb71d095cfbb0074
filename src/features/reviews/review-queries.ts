import { infiniteQueryOptions } from '@tanstack/react-query';
import { request } from '../../api-client';
import { ReviewPage } from '../../contract/review';
import { api } from '../../paths';
import type { ReviewListParams } from './list-params';

const PAGE_SIZE = 50;

/** Review list queries. Detail and actions live in features/review-detail/review-detail-queries.ts. */
export const reviewQueries = {
  all: () => ['reviews'] as const,
  lists: () => ['reviews', 'list'] as const,
  /** GET /public/v2/vendor-security-reviews, cursor paged; the total count rides on the first page only. */
  list: (params: ReviewListParams) =>
    infiniteQueryOptions({
      queryKey: ['reviews', 'list', params] as const,
      queryFn: ({ pageParam, signal }) =>
        request(api.reviews(), ReviewPage, {
          query: {
            ...params,
            size: PAGE_SIZE,
            ...(pageParam ? { cursor: pageParam } : { includeTotalCount: true }),
          },
          signal,
        }),
      initialPageParam: null as string | null,
      getNextPageParam: (last) => last.pagination.cursor,
    }),
};
