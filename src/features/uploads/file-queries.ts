import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import { request, type Query } from '../../api-client';
import {
  QuestionnairePage,
  VendorDocumentPage,
  type Questionnaire,
  type VendorDocument,
} from '../../contract/files';
import { api } from '../../paths';

const PAGE_SIZE = 100;
const MAX_PAGES = 20;
/** Download links are signed for 10 minutes: refetch before they expire while the page is open. */
const REFRESH_MS = 8 * 60_000;

/** A review holds few files: follow the cursor to have them all in one list. */
async function allPages<T>(
  url: string,
  schema: z.ZodType<{ data: T[]; pagination: { cursor: string | null } }>,
  query: Query,
  signal: AbortSignal,
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  for (let n = 0; n < MAX_PAGES; n++) {
    const page: { data: T[]; pagination: { cursor: string | null } } = await request(url, schema, {
      query: { ...query, size: PAGE_SIZE, cursor },
      signal,
    });
    items.push(...page.data);
    cursor = page.pagination.cursor;
    if (!cursor) break;
  }
  return items;
}

export const fileQueries = {
  /** Invalidate this after an upload: both lists of the review. */
  all: (vendorId: number, reviewId: number) => ['files', vendorId, reviewId] as const,
  questionnaires: (vendorId: number, reviewId: number) =>
    queryOptions({
      queryKey: ['files', vendorId, reviewId, 'questionnaires'] as const,
      queryFn: ({ signal }): Promise<Questionnaire[]> =>
        allPages(api.reviewQuestionnaires(vendorId, reviewId), QuestionnairePage, {}, signal),
      refetchInterval: REFRESH_MS,
    }),
  documents: (vendorId: number, reviewId: number) =>
    queryOptions({
      queryKey: ['files', vendorId, reviewId, 'documents'] as const,
      queryFn: async ({ signal }): Promise<VendorDocument[]> => {
        const docs = await allPages(
          api.documents(vendorId),
          VendorDocumentPage,
          { securityReviewId: reviewId, 'expand[]': ['downloadUrl'] },
          signal,
        );
        // Our server filters by review; an answer without `securityReviewId` (Drata) cannot be told apart: keep it.
        return docs.filter((d) => d.securityReviewId === undefined || d.securityReviewId === reviewId);
      },
      refetchInterval: REFRESH_MS,
    }),
};
