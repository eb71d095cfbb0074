import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';
import { attachmentDisposition } from '../files/disposition';
import { storedFilePath } from '../files/stage';
import { verifyToken, type FileTokenPayload } from '../files/tokens';
import type { UploadContext } from '../files/views';
import { notFound } from '../http/errors';
import { findDocument } from '../store/documents';
import { findQuestionnaireFile } from '../store/questionnaires';

function storedFileOf(ctx: UploadContext, target: FileTokenPayload) {
  const row =
    target.kind === 'document' ? findDocument(ctx.db, target.id) : findQuestionnaireFile(ctx.db, target.id);
  return row && { name: row.name, storedName: row.storedName, contentType: row.contentType };
}

/**
 * Operation 15: the signed download, outside /public/v2 (no 412); the token is the credential. Any token that is
 * not ours and current, and any file that is gone, is a plain 404. The file goes out as an attachment of its
 * stored (sniffed) type, never to be rendered or sniffed by the browser, and never cached.
 */
export function downloadRoutes(app: FastifyInstance, ctx: UploadContext): void {
  app.get<{ Params: { token: string } }>(
    '/files/:token',
    { config: { auth: 'public' } },
    async (request, reply) => {
      const target = verifyToken(ctx.secret, request.params.token);
      const file = target && storedFileOf(ctx, target);
      if (!file) throw notFound();
      const path = storedFilePath(ctx.dataDir, file.storedName);
      const size = await stat(path).then(
        (s) => s.size,
        () => null,
      );
      if (size === null) throw notFound();
      return reply
        .header('content-type', file.contentType)
        .header('content-length', size)
        .header('content-disposition', attachmentDisposition(file.name))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(createReadStream(path));
    },
  );
}
