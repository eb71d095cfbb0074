import type { FastifyInstance } from 'fastify';
import { DocumentFields, DocumentListQuery } from '../../contract/files';
import { requireCaller } from '../auth/caller';
import { readUpload } from '../files/read-parts';
import { fileColumns, storeThenRecord } from '../files/store-upload';
import { documentView, type UploadContext } from '../files/views';
import { decodeCursor, encodeCursor, filterHash, pageBody } from '../http/cursor';
import { badRequest, notFound } from '../http/errors';
import { loadVendor } from '../http/load';
import { parseBody, parseId, parseQuery } from '../http/validate';
import { countDocuments, findDocument, insertDocument, listDocuments } from '../store/documents';
import { findReview } from '../store/reviews';

type VendorParams = { Params: { vendorId: string } };
const V = '/public/v2/vendors/:vendorId';

/** Operation 14: upload a vendor document (optionally attached to a review), list them, read one. */
export function documentRoutes(app: FastifyInstance, ctx: UploadContext): void {
  const { db } = ctx;

  app.post<VendorParams>(
    `${V}/documents`,
    { config: { permission: 'vendors-post-document' } },
    async (request, reply) => {
      const vendor = loadVendor(db, request.params.vendorId);
      const caller = requireCaller(request);
      const upload = await readUpload(
        request,
        { dataDir: ctx.dataDir, kind: 'document', fileField: 'file', maxFiles: 1, maxBytes: ctx.maxBytes },
        (raw) => {
          const fields = parseBody(DocumentFields, raw);
          const reviewId = fields.securityReviewId;
          if (reviewId !== undefined && findReview(db, reviewId)?.vendorId !== vendor.id)
            throw badRequest([{ path: 'securityReviewId', message: 'No review of this vendor has this id' }]);
          return fields;
        },
      );
      const createdAt = new Date().toISOString();
      const row = await storeThenRecord(db, upload.files, ([file]) => {
        if (!file) throw new Error('readUpload returned no file');
        return insertDocument(db, {
          vendorId: vendor.id,
          securityReviewId: upload.fields.securityReviewId ?? null,
          type: upload.fields.type ?? 'COMPLIANCE_REPORT',
          ...fileColumns(file),
          uploadedByUserId: caller.user.id,
          createdAt,
        });
      });
      return reply.code(201).send(documentView(ctx, row, true));
    },
  );

  app.get<VendorParams>(`${V}/documents`, { config: { permission: 'vendors-get' } }, async (request) => {
    const vendor = loadVendor(db, request.params.vendorId);
    const query = parseQuery(DocumentListQuery, request.query);
    const filters = { vendorId: vendor.id, type: query.type, securityReviewId: query.securityReviewId };
    const hash = filterHash(filters);
    const page = listDocuments(db, filters, query.size, decodeCursor(query.cursor, hash));
    const total = query.includeTotalCount && !query.cursor ? countDocuments(db, filters) : undefined;
    const withUrl = query['expand[]']?.includes('downloadUrl') ?? false;
    return pageBody(
      page.rows.map((d) => documentView(ctx, d, withUrl)),
      encodeCursor(page.next, hash),
      total,
    );
  });

  app.get<{ Params: { vendorId: string; documentId: string } }>(
    `${V}/documents/:documentId`,
    { config: { permission: 'vendors-get-vendor' } },
    async (request) => {
      const vendor = loadVendor(db, request.params.vendorId);
      const row = findDocument(db, parseId(request.params.documentId));
      if (!row || row.vendorId !== vendor.id) throw notFound();
      return documentView(ctx, row, true);
    },
  );
}
