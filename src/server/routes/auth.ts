import type { FastifyInstance } from 'fastify';
import { LoginRequest, type Me } from '../../contract/user';
import { SESSION_COOKIE } from '../auth/caller';
import { LoginThrottle } from '../auth/login-throttle';
import { expectedOrigin, reportedOrigin } from '../auth/origin';
import { verifyPassword } from '../auth/passwords';
import type { Config } from '../config';
import { HttpError } from '../http/errors';
import { parseBody } from '../http/validate';
import type { Db } from '../store/db';
import { createSession, deleteSession, SESSION_ABSOLUTE_MS } from '../store/sessions';
import { findPasswordHash, findUserByEmail, type UserRow } from '../store/users';
import { ROLE_PERMISSIONS } from '../../contract/permissions';

export function meView(u: UserRow): Me {
  return {
    id: u.id,
    email: u.email,
    firstName: u.firstName,
    lastName: u.lastName,
    role: u.role,
    permissions: [...ROLE_PERMISSIONS[u.role]],
  };
}

/** [extension] Browser sessions: sign in, sign out, who am I (API.md, Authentication). */
export function authRoutes(app: FastifyInstance, deps: { db: Db; config: Config; now: () => Date }): void {
  const { db, config, now } = deps;
  const throttle = new LoginThrottle();

  app.post('/auth/login', { config: { auth: 'public' } }, async (request, reply) => {
    // A sign-in posted from another site's page (login CSRF) is refused; scripts without Origin may sign in.
    const origin = reportedOrigin(request);
    if (origin !== null && origin !== expectedOrigin(request, config.appOrigin)) throw new HttpError(403);
    const body = parseBody(LoginRequest, request.body);
    const wait = throttle.retryAfter(body.email, request.ip, now().getTime());
    if (wait > 0) throw new HttpError(429, {}, { 'retry-after': String(wait) });

    const user = findUserByEmail(db, body.email);
    // Unknown email and wrong password take the same path (a dummy hash is checked): same answer, similar time.
    const ok = await verifyPassword(body.password, user ? findPasswordHash(db, user.id) : null);
    // A disabled account gets the same answer as a wrong password (nothing to learn about accounts here).
    if (!user || !ok || user.disabledAt !== null) {
      throttle.fail(body.email, request.ip, now().getTime());
      throw new HttpError(401);
    }
    throttle.succeed(body.email, request.ip);

    // A fresh session id at each sign-in (no session fixation); the old one, if any, ends.
    const previous = request.cookies[SESSION_COOKIE];
    if (previous) deleteSession(db, previous);
    const token = createSession(db, user.id, now());
    void reply.setCookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'strict',
      path: '/',
      secure: config.nodeEnv === 'production',
      maxAge: SESSION_ABSOLUTE_MS / 1000,
    });
    return meView(user);
  });

  app.post('/auth/logout', { config: { auth: 'public' } }, async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) deleteSession(db, token);
    return reply.clearCookie(SESSION_COOKIE, { path: '/' }).code(204).send();
  });

  app.get('/auth/me', { config: { auth: 'public' } }, async (request) => {
    if (!request.caller) throw new HttpError(401);
    return meView(request.caller.user);
  });
}
