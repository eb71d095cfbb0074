import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { requestWithHeaders, request } from '../../api-client';
import { ActionsResponse, Review } from '../../contract/review';
import { api } from '../../paths';

/** The version a write must carry in If-Match: the body's `version`, else the ETag header (`"<n>"`). */
export function withVersion(review: Review, headers?: Headers): Review {
  if (review.version !== undefined) return review;
  const etag = headers?.get('ETag')?.replace(/^W\//, '').replace(/"/g, '');
  const n = etag && /^\d+$/.test(etag) ? Number(etag) : undefined;
  return n === undefined ? review : { ...review, version: n };
}

/** If-Match for a write on this review, or none (a real Drata answer has no version: the write goes through). */
export function ifMatch(review: Review | undefined): Record<string, string> {
  return review?.version === undefined ? {} : { 'If-Match': `"${review.version}"` };
}

export const reviewDetailQueries = {
  detail: (vendorId: number, reviewId: number) =>
    queryOptions({
      queryKey: ['reviews', 'detail', vendorId, reviewId] as const,
      queryFn: async ({ signal }) => {
        const res = await requestWithHeaders(api.review(vendorId, reviewId), Review, { signal });
        return withVersion(res.data, res.headers);
      },
    }),
  actions: (vendorId: number, reviewId: number) =>
    queryOptions({
      queryKey: ['reviews', 'actions', vendorId, reviewId] as const,
      queryFn: ({ signal }) => request(api.actions(vendorId, reviewId), ActionsResponse, { signal }),
    }),
};

/**
 * After a write: the server's answer goes straight into the detail cache (no refetch flash), the list is stale,
 * and the offered actions may have changed (a save can make a review ready to finalize).
 */
export function afterReviewWrite(
  client: QueryClient,
  vendorId: number,
  reviewId: number,
  saved: Review | null,
) {
  const detail = reviewDetailQueries.detail(vendorId, reviewId);
  if (saved) client.setQueryData(detail.queryKey, saved);
  else void client.invalidateQueries({ queryKey: detail.queryKey });
  void client.invalidateQueries({ queryKey: ['reviews', 'list'] });
  void client.refetchQueries({ queryKey: reviewDetailQueries.actions(vendorId, reviewId).queryKey });
}
