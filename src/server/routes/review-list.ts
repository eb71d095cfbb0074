import type { FastifyInstance } from 'fastify';
import { ReviewListQuery, VendorReviewListQuery } from '../../contract/review';
import { decodeCursor, encodeCursor, filterHash, pageBody } from '../http/cursor';
import { loadVendor } from '../http/load';
import { reviewView, ViewContext, type ReviewExpand } from '../http/review-view';
import { parseQuery } from '../http/validate';
import type { Db } from '../store/db';
import { countReviews, listReviews, type ReviewFilters } from '../store/review-list';

/** A date filter: a bare date covers its whole UTC day (both bounds are inclusive). */
const lower = (v: string | undefined) =>
  v === undefined ? undefined : v.length === 10 ? `${v}T00:00:00.000Z` : new Date(v).toISOString();
const upper = (v: string | undefined) =>
  v === undefined ? undefined : v.length === 10 ? `${v}T23:59:59.999Z` : new Date(v).toISOString();

type ListQuery = Omit<VendorReviewListQuery, 'expand[]'> & { 'expand[]'?: ReviewExpand[] | undefined };

function respond(db: Db, query: ListQuery, vendorIds: number[] | undefined, scope: Record<string, unknown>) {
  const filters: ReviewFilters = {
    vendorIds,
    statuses: query['status[]'],
    types: query['type[]'],
    decisions: query['decision[]'],
    createdAtFrom: lower(query.createdAtFrom),
    createdAtTo: upper(query.createdAtTo),
    updatedAtFrom: lower(query.updatedAtFrom),
    updatedAtTo: upper(query.updatedAtTo),
    q: query.q,
    sort: query.sort,
    sortDir: query.sortDir,
  };
  const hash = filterHash({ ...query, ...scope });
  const after = decodeCursor(query.cursor, hash);
  const page = listReviews(db, filters, query.size, after);
  const ctx = new ViewContext(db, query['expand[]'] ?? []);
  const total = query.includeTotalCount && !query.cursor ? countReviews(db, filters) : undefined;
  return pageBody(
    page.rows.map((row) => reviewView(row, ctx)),
    encodeCursor(page.next, hash),
    total,
  );
}

export function reviewListRoutes(app: FastifyInstance, db: Db): void {
  app.get(
    '/public/v2/vendor-security-reviews',
    { config: { permission: 'vendors-get' } },
    async (request) => {
      const query = parseQuery(ReviewListQuery, request.query);
      return respond(db, query, query['vendorIds[]'], {});
    },
  );

  app.get<{ Params: { vendorId: string } }>(
    '/public/v2/vendors/:vendorId/security-reviews',
    { config: { permission: 'vendors-get' } },
    async (request) => {
      const vendor = loadVendor(db, request.params.vendorId);
      const query = parseQuery(VendorReviewListQuery, request.query);
      return respond(db, query, [vendor.id], { vendorId: vendor.id });
    },
  );
}
