import './fastify-types';
import cookie from '@fastify/cookie';
import Fastify, {
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import { installGuard } from './auth/guard';
import type { Config } from './config';
import { installErrorHandlers } from './http/error-handler';
import { errorBody } from './http/errors';
import { installBodyParsers } from './http/validate';
import { loggerOptions, type LogDestination } from './logger';
import { actionRoutes } from './routes/actions';
import { apiKeyRoutes } from './routes/api-keys';
import { authRoutes } from './routes/auth';
import { reviewListRoutes } from './routes/review-list';
import { reviewRoutes } from './routes/reviews';
import { uploadRoutes } from './routes/uploads';
import { userRoutes } from './routes/users';
import { vendorRoutes } from './routes/vendors';
import { installHeaders, securityHeaders } from './security';
import { installSpa } from './spa';
import type { Db } from './store/db';

export interface AppOptions {
  config: Config;
  db: Db;
  /** The clock (tests move it to expire sessions); defaults to the real one. */
  now?: () => Date;
  /** Where log lines go (tests read them); by default stdout, and none when NODE_ENV=test. */
  logStream?: LogDestination;
}

/** JSON bodies are small (a SOC form save); uploads are multipart and limited by MAX_UPLOAD_MB instead. */
const JSON_BODY_LIMIT = 5 * 1024 * 1024;

/**
 * A badly encoded URL fails while routing, before any hook or the error handler: answer in our shape, with the
 * security headers the onRequest hook would have set.
 */
function badUrl(headers: Readonly<Record<string, string>>) {
  return (_error: FastifyError, request: FastifyRequest, reply: FastifyReply): void => {
    void reply
      .code(400)
      .headers(headers)
      .header('x-request-id', request.id)
      .type('application/json')
      .send(errorBody(400));
  };
}

/**
 * The whole server, ready to `listen` or `inject`. Order matters: errors and parsers first, then headers,
 * cookies, the guard (resolve caller → rate limit → enforce, auth/guard.ts), then the routes, the SPA last.
 */
export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const { config, db } = opts;
  const now = opts.now ?? (() => new Date());
  const app = Fastify({
    ...loggerOptions(config, opts.logStream),
    bodyLimit: JSON_BODY_LIMIT,
    frameworkErrors: badUrl(securityHeaders(config)),
  });

  installErrorHandlers(app);
  installBodyParsers(app);
  installHeaders(app, config);
  await app.register(cookie);
  installGuard(app, { db, config, now });

  reviewListRoutes(app, db);
  reviewRoutes(app, db, now);
  actionRoutes(app, db, now);
  vendorRoutes(app, db);
  userRoutes(app, db);
  authRoutes(app, { db, config, now });
  apiKeyRoutes(app, { db, now });
  uploadRoutes(app, { db, config });
  await installSpa(app, config, db);
  return app;
}
