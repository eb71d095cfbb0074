import { randomToken, sha256Hex } from '../crypto';
import { stmt, type Db } from './db';

export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 7 * 24 * 60 * 60 * 1000;
// Sliding expiry needs last_seen_at, but one write per request is wasteful: refresh it at most once a minute.
const TOUCH_EVERY_MS = 60 * 1000;

interface SessionRow {
  idHash: string;
  userId: number;
  createdAt: string;
  lastSeenAt: string;
}

/** A new session; the token goes into the cookie, only its hash into the database. */
export function createSession(db: Db, userId: number, now: Date): string {
  const token = randomToken();
  const at = now.toISOString();
  stmt(db, 'INSERT INTO sessions (id_hash, user_id, created_at, last_seen_at) VALUES (?, ?, ?, ?)').run(
    sha256Hex(token),
    userId,
    at,
    at,
  );
  return token;
}

export interface SessionMatch {
  userId: number;
  idHash: string;
  /** When the session ends (ms since the epoch) if it is not used again: idle or absolute limit, the sooner. */
  expiresAt: number;
}

/** The live session of a token, or undefined; an expired one is deleted on sight. */
export function findSession(db: Db, token: string, now: Date): SessionMatch | undefined {
  const idHash = sha256Hex(token);
  const row = stmt<SessionRow>(
    db,
    'SELECT id_hash AS idHash, user_id AS userId, created_at AS createdAt, last_seen_at AS lastSeenAt FROM sessions WHERE id_hash = ?',
  ).get(idHash);
  if (!row) return undefined;
  const t = now.getTime();
  const idle = t - Date.parse(row.lastSeenAt);
  if (idle > SESSION_IDLE_MS || t - Date.parse(row.createdAt) > SESSION_ABSOLUTE_MS) {
    stmt(db, 'DELETE FROM sessions WHERE id_hash = ?').run(idHash);
    return undefined;
  }
  const touched = idle > TOUCH_EVERY_MS;
  if (touched) {
    stmt(db, 'UPDATE sessions SET last_seen_at = ? WHERE id_hash = ?').run(now.toISOString(), idHash);
  }
  const lastSeen = touched ? t : Date.parse(row.lastSeenAt);
  const expiresAt = Math.min(lastSeen + SESSION_IDLE_MS, Date.parse(row.createdAt) + SESSION_ABSOLUTE_MS);
  return { userId: row.userId, idHash, expiresAt };
}

export function deleteSession(db: Db, token: string): void {
  stmt(db, 'DELETE FROM sessions WHERE id_hash = ?').run(sha256Hex(token));
}

/** Ends every session of a user (password reset, disabled account). */
export function deleteUserSessions(db: Db, userId: number): void {
  stmt(db, 'DELETE FROM sessions WHERE user_id = ?').run(userId);
}

/** Housekeeping at start-up: sessions past their absolute or idle limit. */
export function deleteExpiredSessions(db: Db, now: Date): number {
  const idle = new Date(now.getTime() - SESSION_IDLE_MS).toISOString();
  const absolute = new Date(now.getTime() - SESSION_ABSOLUTE_MS).toISOString();
  return stmt(db, 'DELETE FROM sessions WHERE last_seen_at < ? OR created_at < ?').run(idle, absolute)
    .changes;
}
