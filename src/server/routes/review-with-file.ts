import type { FastifyInstance } from 'fastify';
import { CreateWithFileFields } from '../../contract/files';
import { requireCaller } from '../auth/caller';
import { createReview } from '../domain/create-review';
import { readUpload } from '../files/read-parts';
import { fileColumns, storeThenRecord } from '../files/store-upload';
import type { UploadContext } from '../files/views';
import { assertUserExists, loadVendor } from '../http/load';
import { etag, reviewView, ViewContext } from '../http/review-view';
import { parseBody } from '../http/validate';
import { insertDocument } from '../store/documents';

/**
 * Operation 4: a review and its file, together or not at all. The file is staged (and sniffed) first, the text
 * fields are validated once every part is read (they may come before or after the file), then the file is made
 * durable and the review and its document row commit in one transaction (storeThenRecord).
 */
export function reviewWithFileRoutes(app: FastifyInstance, ctx: UploadContext): void {
  const { db } = ctx;
  app.post<{ Params: { vendorId: string } }>(
    '/public/v2/vendors/:vendorId/security-reviews/with-file',
    { config: { permission: 'vendors-post-security-review' } },
    async (request, reply) => {
      const vendor = loadVendor(db, request.params.vendorId);
      const caller = requireCaller(request);
      const { fields, files } = await readUpload(
        request,
        { dataDir: ctx.dataDir, kind: 'document', fileField: 'file', maxFiles: 1, maxBytes: ctx.maxBytes },
        (raw) => {
          const body = parseBody(CreateWithFileFields, raw);
          assertUserExists(db, body.requesterUserId, 'requesterUserId');
          return body;
        },
      );
      const now = new Date();
      const review = await storeThenRecord(db, files, ([file]) => {
        if (!file) throw new Error('readUpload returned no file');
        const created = createReview(db, vendor.id, fields, caller.user.id, now);
        insertDocument(db, {
          vendorId: vendor.id,
          securityReviewId: created.id,
          type: fields.documentType ?? 'COMPLIANCE_REPORT',
          ...fileColumns(file),
          uploadedByUserId: caller.user.id,
          createdAt: now.toISOString(),
        });
        return created;
      });
      return reply
        .code(201)
        .header('etag', etag(review.version))
        .send(reviewView(review, new ViewContext(db)));
    },
  );
}
