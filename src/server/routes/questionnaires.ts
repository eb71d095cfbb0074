import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { MAX_FILES_PER_REQUEST, QuestionnaireListQuery } from '../../contract/files';
import { requireCaller } from '../auth/caller';
import { readUpload } from '../files/read-parts';
import { fileColumns, storeThenRecord } from '../files/store-upload';
import { questionnaireView, type UploadContext } from '../files/views';
import { decodeCursor, encodeCursor, filterHash, pageBody } from '../http/cursor';
import { loadReview, loadVendor } from '../http/load';
import { parseBody, parseQuery } from '../http/validate';
import {
  countQuestionnaires,
  filesOf,
  findQuestionnaire,
  insertQuestionnaire,
  listQuestionnaires,
  type QuestionnaireScope,
} from '../store/questionnaires';
import type { VendorRow } from '../store/vendors';

type VendorParams = { Params: { vendorId: string } };
type ReviewParams = { Params: { vendorId: string; id: string } };
const V = '/public/v2/vendors/:vendorId';
/** The spec's questionnaire upload has `files` only: any text field is unknown (400). */
const NoFields = z.strictObject({});

/** Operations 7 and 9 (upload: one questionnaire holding all the request's files), 8 and 16 (lists). */
export function questionnaireRoutes(app: FastifyInstance, ctx: UploadContext): void {
  const { db } = ctx;

  async function upload(request: FastifyRequest, vendor: VendorRow, securityReviewId: number | null) {
    const caller = requireCaller(request);
    const { files } = await readUpload(
      request,
      {
        dataDir: ctx.dataDir,
        kind: 'questionnaire',
        fileField: 'files',
        maxFiles: MAX_FILES_PER_REQUEST,
        maxBytes: ctx.maxBytes,
      },
      (raw) => parseBody(NoFields, raw),
    );
    const createdAt = new Date().toISOString();
    const id = await storeThenRecord(db, files, (stored) =>
      insertQuestionnaire(
        db,
        {
          vendorId: vendor.id,
          securityReviewId,
          title: stored.map((f) => f.originalName).join(', '),
          completedBy: vendor.name,
          recipientEmail: caller.user.email,
          uploadedByUserId: caller.user.id,
          createdAt,
        },
        stored.map(fileColumns),
      ),
    );
    const row = findQuestionnaire(db, id);
    if (!row) throw new Error('The questionnaire just stored could not be read back');
    return questionnaireView(ctx, row, filesOf(db, [id]).get(id) ?? []);
  }

  function list(request: FastifyRequest, scope: QuestionnaireScope) {
    const query = parseQuery(QuestionnaireListQuery, request.query);
    const hash = filterHash({ ...scope });
    const page = listQuestionnaires(db, scope, query.size, decodeCursor(query.cursor, hash));
    const total = query.includeTotalCount && !query.cursor ? countQuestionnaires(db, scope) : undefined;
    const files = filesOf(
      db,
      page.rows.map((q) => q.id),
    );
    return pageBody(
      page.rows.map((q) => questionnaireView(ctx, q, files.get(q.id) ?? [])),
      encodeCursor(page.next, hash),
      total,
    );
  }

  // 7 and 16: vendor-level questionnaires.
  app.post<VendorParams>(
    `${V}/security-questionnaires`,
    { config: { permission: 'vendors-post-upload-questionnaires' } },
    async (request, reply) => {
      const vendor = loadVendor(db, request.params.vendorId);
      return reply.code(201).send(await upload(request, vendor, null));
    },
  );
  app.get<VendorParams>(
    `${V}/security-questionnaires`,
    { config: { permission: 'vendors-get-questionnaires' } },
    async (request) => {
      const vendor = loadVendor(db, request.params.vendorId);
      return list(request, { vendorId: vendor.id, securityReviewId: null });
    },
  );

  // 8 and 9: a review's questionnaires.
  app.get<ReviewParams>(
    `${V}/security-reviews/:id/security-questionnaires`,
    { config: { permission: 'vendors-get-questionnaires' } },
    async (request) => {
      const review = loadReview(db, request.params.vendorId, request.params.id);
      return list(request, { vendorId: review.vendorId, securityReviewId: review.id });
    },
  );
  app.post<ReviewParams>(
    `${V}/security-reviews/:id/security-questionnaires`,
    { config: { permission: 'vendors-post-upload-questionnaires' } },
    async (request, reply) => {
      const review = loadReview(db, request.params.vendorId, request.params.id);
      const vendor = loadVendor(db, request.params.vendorId);
      return reply.code(201).send(await upload(request, vendor, review.id));
    },
  );
}
