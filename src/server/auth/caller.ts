import type { FastifyRequest } from 'fastify';
import { ROLE_PERMISSIONS, type Permission } from '../../contract/permissions';
import { sha256Hex } from '../crypto';
import { EpochCache } from '../http/epoch-cache';
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

const BEARER = /^Bearer\s+(\S+)\s*$/i;
/** How long a resolved caller is reused at most (changes to the data end it sooner: see below). */
const CALLER_TTL_MS = 5_000;

function callerOf(userId: number, via: Caller['via'], credential: string, db: Db): Caller | null {
  const user = findUserById(db, userId);
  // A disabled user's credentials stop working at once, whatever they are.
  if (!user || user.disabledAt !== null) return null;
  return { user, permissions: ROLE_PERMISSIONS[user.role], via, credential };
}

/**
 * Bearer key first (scripts), else the session cookie (the browser). A request that sends an Authorization
 * header is judged by it alone: an unknown key is not rescued by a cookie. `expiresAt` bounds reuse.
 */
function lookup(request: FastifyRequest, db: Db, now: Date): { caller: Caller | null; expiresAt: number } {
  const ttlEnd = now.getTime() + CALLER_TTL_MS;
  const header = request.headers.authorization;
  if (header !== undefined) {
    const key = BEARER.exec(header)?.[1];
    const match = key ? findApiKey(db, key, now) : undefined;
    return {
      caller: match ? callerOf(match.userId, 'key', `key:${match.keyId}`, db) : null,
      expiresAt: ttlEnd,
    };
  }
  const token = request.cookies[SESSION_COOKIE];
  const session = token ? findSession(db, token, now) : undefined;
  if (!session) return { caller: null, expiresAt: ttlEnd };
  return {
    caller: callerOf(session.userId, 'session', `session:${session.idHash}`, db),
    expiresAt: Math.min(ttlEnd, session.expiresAt),
  };
}

/**
 * Resolving a caller costs a hash and two queries; a script or a busy page repeats the same credential many
 * times a second, so the answer is reused for a few seconds, keyed by the credential's hash (never the secret).
 * Reuse is safe because the cache lives for one data epoch (store/epoch.ts): revoking a key, signing out,
 * resetting a password or disabling a user (in this process or from the users CLI) is a database write, and the
 * very next request resolves afresh. A session's own expiry is honoured to the millisecond.
 */
export class CallerResolver {
  private readonly cache: EpochCache<{ caller: Caller | null; expiresAt: number }>;

  constructor(private readonly db: Db) {
    this.cache = new EpochCache(db, { entries: 1_000 });
  }

  resolve(request: FastifyRequest, now: Date): Caller | null {
    const header = request.headers.authorization;
    const token = header === undefined ? request.cookies[SESSION_COOKIE] : undefined;
    if (header === undefined && !token) return null;
    const cacheKey = header !== undefined ? `h:${sha256Hex(header)}` : `c:${sha256Hex(token ?? '')}`;
    const epoch = this.cache.current();
    const cached = this.cache.get(cacheKey, epoch);
    if (cached && cached.expiresAt > now.getTime()) return cached.caller;
    const resolved = lookup(request, this.db, now);
    this.cache.set(cacheKey, resolved, epoch);
    return resolved.caller;
  }
}

/** The caller of a route the guard protects (the guard has already answered 401 when there is none). */
export function requireCaller(request: FastifyRequest): Caller {
  if (!request.caller) throw new Error('No caller on a protected route: is the guard installed?');
  return request.caller;
}
