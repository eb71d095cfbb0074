import type { FastifyInstance, FastifyReply } from 'fastify';
import { DocumentListQuery, QuestionnaireListQuery } from '../../contract/files';
import type { Config } from '../config';
import { pageBody } from '../http/cursor';
import { notFound } from '../http/errors';
import { loadReview, loadVendor } from '../http/load';
import { parseQuery } from '../http/validate';
import type { Db } from '../store/db';

/*
 * Upload and download routes (operations 4, 7, 8, 9, 14, 15, 16): declared here with their permissions and
 * 404 checks. The "files" helper fills in the bodies (streaming to disk, sniffing, storage) in src/server/files.
 * Until then the multipart ones answer 501 in the error shape and the lists answer empty pages.
 */
type VendorParams = { Params: { vendorId: string } };
type ReviewParams = { Params: { vendorId: string; id: string } };
const V = '/public/v2/vendors/:vendorId';

function notImplemented(reply: FastifyReply) {
  return reply
    .code(501)
    .send({ name: 'NotImplementedException', statusCode: 501, message: 'Not implemented yet', code: 501 });
}

export function uploadRoutes(app: FastifyInstance, deps: { db: Db; config: Config }): void {
  const { db } = deps;

  // 4: create a review together with its file.
  app.post<VendorParams>(
    `${V}/security-reviews/with-file`,
    { config: { permission: 'vendors-post-security-review' } },
    async (request, reply) => {
      loadVendor(db, request.params.vendorId);
      return notImplemented(reply);
    },
  );

  // 7 and 16: vendor-level questionnaires.
  app.post<VendorParams>(
    `${V}/security-questionnaires`,
    { config: { permission: 'vendors-post-upload-questionnaires' } },
    async (request, reply) => {
      loadVendor(db, request.params.vendorId);
      return notImplemented(reply);
    },
  );
  app.get<VendorParams>(
    `${V}/security-questionnaires`,
    { config: { permission: 'vendors-get-questionnaires' } },
    async (request) => {
      loadVendor(db, request.params.vendorId);
      parseQuery(QuestionnaireListQuery, request.query);
      return pageBody([], null);
    },
  );

  // 8 and 9: a review's questionnaires.
  app.get<ReviewParams>(
    `${V}/security-reviews/:id/security-questionnaires`,
    { config: { permission: 'vendors-get-questionnaires' } },
    async (request) => {
      loadReview(db, request.params.vendorId, request.params.id);
      parseQuery(QuestionnaireListQuery, request.query);
      return pageBody([], null);
    },
  );
  app.post<ReviewParams>(
    `${V}/security-reviews/:id/security-questionnaires`,
    { config: { permission: 'vendors-post-upload-questionnaires' } },
    async (request, reply) => {
      loadReview(db, request.params.vendorId, request.params.id);
      return notImplemented(reply);
    },
  );

  // 14: documents.
  app.post<VendorParams>(
    `${V}/documents`,
    { config: { permission: 'vendors-post-document' } },
    async (request, reply) => {
      loadVendor(db, request.params.vendorId);
      return notImplemented(reply);
    },
  );
  app.get<VendorParams>(`${V}/documents`, { config: { permission: 'vendors-get' } }, async (request) => {
    loadVendor(db, request.params.vendorId);
    parseQuery(DocumentListQuery, request.query);
    return pageBody([], null);
  });
  app.get<{ Params: { vendorId: string; documentId: string } }>(
    `${V}/documents/:documentId`,
    { config: { permission: 'vendors-get-vendor' } },
    async (request) => {
      loadVendor(db, request.params.vendorId);
      throw notFound();
    },
  );

  // 15: the signed download, outside /public/v2 (no 412); the token is the credential.
  app.get<{ Params: { token: string } }>('/files/:token', { config: { auth: 'public' } }, async () => {
    throw notFound();
  });
}
