import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import { PERMISSIONS } from '../../contract/permissions';
import type { Config } from '../config';
import { HttpError } from '../http/errors';
import type { Db } from '../store/db';
import { CallerResolver } from './caller';
import { RateLimiter } from './rate-limit';
import { sameOrigin, STATE_CHANGING } from './origin';

/** Every route says who may call it; a route that forgets is refused at registration. */
export function assertDeclared(route: Pick<RouteOptions, 'method' | 'url' | 'config'>): void {
  const config = route.config ?? {};
  const declared =
    config.auth === 'public' ||
    (config.permission !== undefined && (PERMISSIONS as readonly string[]).includes(config.permission));
  if (!declared) {
    const method = Array.isArray(route.method) ? route.method.join(',') : route.method;
    throw new Error(`Route ${method} ${route.url} must declare config.permission or config.auth: 'public'`);
  }
}

/**
 * One hook as each request arrives (before any body is read): resolve the caller, count the request against
 * the rate limit (per credential, so after resolving: 429), then enforce API.md's order: 401, 412, 403.
 * Callback style, no promise per request; a throw is caught by Fastify's hook runner and becomes the answer.
 */
export function installGuard(app: FastifyInstance, deps: { db: Db; config: Config; now: () => Date }): void {
  app.decorateRequest('caller', null);
  app.decorate('routeAccess', new Map<string, string>());
  app.addHook('onRoute', (route) => {
    assertDeclared(route);
    for (const method of [route.method].flat()) {
      app.routeAccess.set(`${method} ${route.url}`, route.config?.permission ?? 'public');
    }
  });

  const callers = new CallerResolver(deps.db);
  const limiter = new RateLimiter(deps.config.rateLimitPerMin);
  app.addHook('onRequest', (request, _reply, done) => {
    const now = deps.now();
    const caller = callers.resolve(request, now);
    request.caller = caller;
    limiter.hit(caller?.credential ?? `ip:${request.ip}`, now.getTime());
    enforce(request, deps.config);
    done();
  });
}

/** API.md's order for a request whose caller is resolved: 401, then 412, then 403 (throws HttpError). */
function enforce(request: FastifyRequest, config: Config): void {
  if (request.is404) return;
  const route = request.routeOptions.config;
  const caller = request.caller;
  const needsOrigin = caller?.via === 'session' && STATE_CHANGING.has(request.method);
  if (route.auth === 'public') {
    if (needsOrigin && !sameOrigin(request, config.appOrigin)) throw new HttpError(403);
    return;
  }
  if (!caller) throw new HttpError(401);
  if (!config.termsAccepted && request.url.startsWith('/public/v2/')) throw new HttpError(412);
  if (needsOrigin && !sameOrigin(request, config.appOrigin)) throw new HttpError(403);
  if (!route.permission || !caller.permissions.includes(route.permission)) throw new HttpError(403);
}
