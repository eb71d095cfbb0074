import type { FastifyInstance } from 'fastify';
import { ReviewListQuery, VendorReviewListQuery } from '../../contract/review';
import { decodeCursor, encodeCursor, filterHash, pageBody } from '../http/cursor';
import { loadVendor } from '../http/load';
import { expandKey, reviewJsonCache } from '../http/review-json';
import { ViewContext, type ReviewExpand } from '../http/review-view';
import { parseQuery } from '../http/validate';
import type { Db } from '../store/db';
import { countReviews, listReviewKeys, type ReviewFilters } from '../store/review-list';
import { findReviews } from '../store/reviews';

/** A date filter: a bare date covers its whole UTC day (both bounds are inclusive). */
const lower = (v: string | undefined) =>
  v === undefined ? undefined : v.length === 10 ? `${v}T00:00:00.000Z` : new Date(v).toISOString();
const upper = (v: string | undefined) =>
  v === undefined ? undefined : v.length === 10 ? `${v}T23:59:59.999Z` : new Date(v).toISOString();

const JSON_TYPE = 'application/json; charset=utf-8';
const DATA_OPEN = Buffer.from('{"data":[');
const COMMA = Buffer.from(',');

type ListQuery = Omit<VendorReviewListQuery, 'expand[]'> & { 'expand[]'?: ReviewExpand[] | undefined };

/** The page's JSON body (API.md's list shape). */
function respond(
  db: Db,
  query: ListQuery,
  vendorIds: number[] | undefined,
  scope: Record<string, unknown>,
): Buffer {
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
  const expand = query['expand[]'] ?? [];
  const cache = reviewJsonCache(db);
  const epoch = cache.epoch();
  const page = listReviewKeys(db, filters, query.size, after);
  const key = expandKey(expand);
  const rows = page.rows.map((r) => cache.get(r.id, key, epoch)?.body);
  const missing = page.rows.filter((_, i) => rows[i] === undefined).map((r) => r.id);
  if (missing.length > 0) {
    const ctx = new ViewContext(db, expand);
    const built = new Map(findReviews(db, missing).map((row) => [row.id, cache.build(row, ctx, epoch).body]));
    page.rows.forEach((r, i) => (rows[i] ??= built.get(r.id)));
  }
  const total = query.includeTotalCount && !query.cursor ? countReviews(db, filters) : undefined;
  // pageBody's JSON, byte for byte, from the rows already serialized.
  const pagination = JSON.stringify(pageBody([], encodeCursor(page.next, hash), total).pagination);
  const parts: Buffer[] = [DATA_OPEN];
  for (const row of rows) {
    if (row === undefined) continue;
    if (parts.length > 1) parts.push(COMMA);
    parts.push(row);
  }
  parts.push(Buffer.from(`],"pagination":${pagination}}`));
  return Buffer.concat(parts);
}

export function reviewListRoutes(app: FastifyInstance, db: Db): void {
  app.get(
    '/public/v2/vendor-security-reviews',
    { config: { permission: 'vendors-get' } },
    async (request, reply) => {
      const query = parseQuery(ReviewListQuery, request.query);
      return reply.type(JSON_TYPE).send(respond(db, query, query['vendorIds[]'], {}));
    },
  );

  app.get<{ Params: { vendorId: string } }>(
    '/public/v2/vendors/:vendorId/security-reviews',
    { config: { permission: 'vendors-get' } },
    async (request, reply) => {
      const vendor = loadVendor(db, request.params.vendorId);
      const query = parseQuery(VendorReviewListQuery, request.query);
      return reply.type(JSON_TYPE).send(respond(db, query, [vendor.id], { vendorId: vendor.id }));
    },
  );
}
