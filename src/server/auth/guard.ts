import type { FastifyInstance, RouteOptions } from 'fastify';
import { PERMISSIONS } from '../../contract/permissions';
import type { Config } from '../config';
import { HttpError } from '../http/errors';
import type { Db } from '../store/db';
import { resolveCaller } from './caller';
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
 * Authentication runs in two steps around the rate limiter (a route-level onRequest hook, so it runs between
 * them): resolve the caller first, so the limiter can count per credential; then, in preParsing (still
 * before any body is read), enforce API.md's order: 401, 412, 403.
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

  app.addHook('onRequest', async (request) => {
    request.caller = resolveCaller(request, deps.db, deps.now());
  });

  app.addHook('preParsing', async (request) => {
    if (request.is404) return;
    const config = request.routeOptions.config;
    const caller = request.caller;
    const needsOrigin = caller?.via === 'session' && STATE_CHANGING.has(request.method);
    if (config.auth === 'public') {
      if (needsOrigin && !sameOrigin(request, deps.config.appOrigin)) throw new HttpError(403);
      return;
    }
    if (!caller) throw new HttpError(401);
    if (!deps.config.termsAccepted && request.url.startsWith('/public/v2/')) throw new HttpError(412);
    if (needsOrigin && !sameOrigin(request, deps.config.appOrigin)) throw new HttpError(403);
    if (!config.permission || !caller.permissions.includes(config.permission)) throw new HttpError(403);
  });
}
