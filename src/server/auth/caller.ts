import type { FastifyRequest } from 'fastify';
import { ROLE_PERMISSIONS, type Permission } from '../../contract/permissions';
import { findApiKey } from '../store/api-keys';
import type { Db } from '../store/db';
import { findSession } from '../store/sessions';
import { findUserById, type UserRow } from '../store/users';

export const SESSION_COOKIE = 'sid';

export interface Caller {
  user: UserRow;
  permissions: readonly Permission[];
  via: 'key' | 'session';
  /** Identifies the credential (key id or session hash) for rate limiting; never the secret itself. */
  credential: string;
}

function callerOf(userId: number, via: Caller['via'], credential: string, db: Db): Caller | null {
  const user = findUserById(db, userId);
  // A disabled user's credentials stop working at once, whatever they are.
  if (!user || user.disabledAt !== null) return null;
  return { user, permissions: ROLE_PERMISSIONS[user.role], via, credential };
}

/**
 * Bearer key first (scripts), else the session cookie (the browser). A request that sends an Authorization
 * header is judged by it alone: an unknown key is not rescued by a cookie.
 */
export function resolveCaller(request: FastifyRequest, db: Db, now: Date): Caller | null {
  const header = request.headers.authorization;
  if (header !== undefined) {
    const key = /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1];
    const match = key ? findApiKey(db, key, now) : undefined;
    return match ? callerOf(match.userId, 'key', `key:${match.keyId}`, db) : null;
  }
  const token = request.cookies[SESSION_COOKIE];
  if (!token) return null;
  const session = findSession(db, token, now);
  return session ? callerOf(session.userId, 'session', `session:${session.idHash}`, db) : null;
}

/** The caller of a route the guard protects (the guard has already answered 401 when there is none). */
export function requireCaller(request: FastifyRequest): Caller {
  if (!request.caller) throw new Error('No caller on a protected route: is the guard installed?');
  return request.caller;
}
