import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import { MAX_FILES_PER_REQUEST } from '../../contract/files';
import type { Config } from '../config';
import { loadOrCreateSecret } from '../files/tokens';
import type { UploadContext } from '../files/views';
import type { Db } from '../store/db';
import { documentRoutes } from './documents';
import { downloadRoutes } from './downloads';
import { questionnaireRoutes } from './questionnaires';
import { reviewWithFileRoutes } from './review-with-file';

/*
 * Upload and download routes (operations 4, 7, 8, 9, 14, 15, 16), in their own plugin scope so that only these
 * routes parse multipart bodies. The download-signing key is loaded (or made) before the server listens. What a
 * crash may leave in the store (partial uploads in tmp/, files renamed into files/ whose row never committed) is
 * dealt with by main.ts's start-up checks (startup-checks.ts, using files/cleanup.ts) before this app is built.
 */
export function uploadRoutes(app: FastifyInstance, deps: { db: Db; config: Config }): void {
  const { db, config } = deps;
  void app.register(async (scope) => {
    const ctx: UploadContext = {
      db,
      dataDir: config.dataDir,
      maxBytes: config.maxUploadMb * 1024 * 1024,
      secret: await loadOrCreateSecret(config.dataDir),
      appOrigin: config.appOrigin,
    };
    // Without fileSize the plugin silently truncates at 1 MiB (STACK.md); stageUpload checks `truncated`.
    await scope.register(multipart, {
      limits: {
        fileSize: ctx.maxBytes,
        files: MAX_FILES_PER_REQUEST,
        fields: 20,
        fieldSize: 64 * 1024,
        parts: 40,
      },
    });
    reviewWithFileRoutes(scope, ctx);
    questionnaireRoutes(scope, ctx);
    documentRoutes(scope, ctx);
    downloadRoutes(scope, ctx);
  });
}
