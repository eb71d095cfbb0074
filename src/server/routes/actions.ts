import type { FastifyInstance } from 'fastify';
import { ActionRequest, type ActionResult } from '../../contract/review';
import { requireCaller } from '../auth/caller';
import { ACTION_MESSAGES, applyAction, offeredActions } from '../domain/review-rules';
import { conflict, notAvailable } from '../http/errors';
import { ifMatchOk } from '../http/if-match';
import { loadReview } from '../http/load';
import { etag, reviewView, ViewContext } from '../http/review-view';
import { parseBody } from '../http/validate';
import { immediate, type Db } from '../store/db';
import { findReview, updateReview } from '../store/reviews';

type Params = { Params: { vendorId: string; id: string } };
const PATH = '/public/v2/vendors/:vendorId/security-reviews/:id/actions';

/** Operations 10 (what the state offers) and 11 (finalize / reopen). */
export function actionRoutes(app: FastifyInstance, db: Db, now: () => Date): void {
  app.get<Params>(
    PATH,
    { config: { permission: 'vendors-get-security-review-actions' } },
    async (request) => {
      const row = loadReview(db, request.params.vendorId, request.params.id);
      return { data: offeredActions(row).map((action) => ({ action })) };
    },
  );

  app.post<Params>(
    PATH,
    { config: { permission: 'vendors-post-security-review-action' } },
    async (request, reply) => {
      const loaded = loadReview(db, request.params.vendorId, request.params.id);
      const body = parseBody(ActionRequest, request.body);
      const caller = requireCaller(request);
      const saved = immediate(db, () => {
        const current = findReview(db, loaded.id) ?? loaded;
        if (!ifMatchOk(request.headers['if-match'], current.version)) {
          throw conflict(reviewView(current, new ViewContext(db)));
        }
        if (!offeredActions(current).includes(body.action)) throw notAvailable();
        const next = applyAction(current, body, caller.user.id, now().toISOString());
        updateReview(db, next);
        return next;
      });
      const result: ActionResult = {
        success: true,
        newStatus: saved.status,
        message: ACTION_MESSAGES[body.action],
      };
      return reply.header('etag', etag(saved.version)).send(result);
    },
  );
}
