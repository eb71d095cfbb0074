import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { queryArray } from '../../contract/pagination';
import { CreateReviewRequest, UpdateReviewRequest } from '../../contract/review';
import { requireCaller } from '../auth/caller';
import { createReview } from '../domain/create-review';
import { applyUpdate } from '../domain/review-rules';
import { conflict } from '../http/errors';
import { ifMatchOk, listModeOf } from '../http/if-match';
import { assertCanReview, assertUserExists, loadReview, loadVendor } from '../http/load';
import { etag, reviewView, ViewContext } from '../http/review-view';
import { reviewJsonCache, expandKey } from '../http/review-json';
import { parseBody, parseId, parseQuery } from '../http/validate';
import { immediate, type Db } from '../store/db';
import { findReview, updateReview } from '../store/reviews';

type ReviewParams = { Params: { vendorId: string; id: string } };
const PATH = '/public/v2/vendors/:vendorId/security-reviews';
const JSON_TYPE = 'application/json; charset=utf-8';
const GetQuery = z.object({ 'expand[]': queryArray(z.enum(['user', 'requesterUser', 'vendor'])).optional() });

// Most reads name no query at all: skip the schema then (its answer is known).
const NO_QUERY = GetQuery.safeParse({});
const noQuery = (query: unknown) => {
  for (const _ in query as object) return false;
  return true;
};

/** Operations 3 (create), 5 (read) and 6 (save). Thin: parse → store → respond. */
export function reviewRoutes(app: FastifyInstance, db: Db, now: () => Date): void {
  app.post<{ Params: { vendorId: string } }>(
    PATH,
    { config: { permission: 'vendors-post-security-review' } },
    async (request, reply) => {
      const vendor = loadVendor(db, request.params.vendorId);
      const body = parseBody(CreateReviewRequest, request.body);
      assertUserExists(db, body.requesterUserId, 'requesterUserId');
      const row = createReview(db, vendor.id, body, requireCaller(request).user.id, now());
      return reply
        .code(201)
        .header('etag', etag(row.version))
        .send(reviewView(row, new ViewContext(db)));
    },
  );

  const jsonCache = reviewJsonCache(db);
  app.get<ReviewParams>(`${PATH}/:id`, { config: { permission: 'vendors-get' } }, async (request, reply) => {
    const { vendorId, id } = request.params;
    const query = noQuery(request.query) ? NO_QUERY : GetQuery.safeParse(request.query);
    const expand = query.success ? (query.data['expand[]'] ?? []) : [];
    const epoch = jsonCache.epoch();
    let review = query.success ? jsonCache.get(parseId(id), expandKey(expand), epoch) : undefined;
    // A cached body answers only for its own vendor's path; anything else takes the full path (404s, 400s).
    if (!review || review.vendorId !== parseId(vendorId)) {
      const row = loadReview(db, vendorId, id);
      if (!query.success) parseQuery(GetQuery, request.query); // throws its 400, after the 404s
      review = jsonCache.build(row, new ViewContext(db, expand), epoch);
    }
    return reply.header('etag', etag(review.version)).type(JSON_TYPE).send(review.body);
  });

  app.put<ReviewParams>(
    `${PATH}/:id`,
    { config: { permission: 'vendors-put-security-review' } },
    async (request, reply) => {
      const loaded = loadReview(db, request.params.vendorId, request.params.id);
      const body = parseBody(UpdateReviewRequest, request.body);
      const listMode = listModeOf(request.headers['x-list-mode']);
      assertCanReview(
        db,
        body.socForm?.reviewerInformation?.reviewerUserId,
        loaded.socForm?.reviewerInformation.reviewerUserId ?? null,
        'socForm.reviewerInformation.reviewerUserId',
      );
      const ctx = new ViewContext(db);
      // Check and write in one IMMEDIATE transaction: no other writer can slip in between (API.md, Pitfalls).
      const saved = immediate(db, () => {
        const current = findReview(db, loaded.id) ?? loaded;
        if (!ifMatchOk(request.headers['if-match'], current.version))
          throw conflict(reviewView(current, ctx));
        if (current.status === 'COMPLETED') throw conflict(reviewView(current, ctx));
        const next = applyUpdate(current, body, listMode, now().toISOString());
        if (next) updateReview(db, next);
        return next ?? current;
      });
      return reply.header('etag', etag(saved.version)).send(reviewView(saved, ctx));
    },
  );
}
