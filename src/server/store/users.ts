import type { Role } from '../../contract/enums';
import { stmt, type Db } from './db';
import { deleteUserSessions } from './sessions';
import { keyset, likeEscape, toPage, whereOf, type Dir, type KeyPosition, type PageResult } from './keyset';

export interface UserRow {
  id: number;
  email: string;
  firstName: string | null;
  lastName: string | null;
  role: Role;
  jobTitle: string | null;
  createdAt: string;
  updatedAt: string;
  /** Set by an operator (`npm run users -- disable`): no sign-in, no session, no key works. */
  disabledAt: string | null;
}

const COLUMNS = `u.id, u.email, u.first_name AS firstName, u.last_name AS lastName, u.role,
  u.job_title AS jobTitle, u.created_at AS createdAt, u.updated_at AS updatedAt, u.disabled_at AS disabledAt`;

export interface NewUser {
  email: string;
  firstName: string | null;
  lastName: string | null;
  role: Role;
  jobTitle: string | null;
  passwordHash: string | null;
}

export function insertUser(db: Db, user: NewUser, now: string): number {
  const result = stmt(
    db,
    `INSERT INTO users (email, first_name, last_name, role, job_title, password_hash, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(user.email, user.firstName, user.lastName, user.role, user.jobTitle, user.passwordHash, now, now);
  return Number(result.lastInsertRowid);
}

export function findUserById(db: Db, id: number): UserRow | undefined {
  return stmt<UserRow>(db, `SELECT ${COLUMNS} FROM users u WHERE u.id = ?`).get(id);
}

export function findUserByEmail(db: Db, email: string): UserRow | undefined {
  return stmt<UserRow>(db, `SELECT ${COLUMNS} FROM users u WHERE u.email = ?`).get(email);
}

/** The stored password hash, for sign-in only (never part of a user object). */
export function findPasswordHash(db: Db, userId: number): string | null {
  const row = stmt<{ h: string | null }>(db, 'SELECT password_hash AS h FROM users WHERE id = ?').get(userId);
  return row?.h ?? null;
}

export function countUsers(db: Db): number {
  return stmt<{ n: number }>(db, 'SELECT count(*) AS n FROM users').get()?.n ?? 0;
}

export interface UserFilters {
  firstName?: string | undefined;
  lastName?: string | undefined;
  /** Only these roles, and only users not disabled (the reviewer picker); undefined: everyone. */
  activeRoles?: readonly Role[] | undefined;
  sort: 'createdAt' | 'updatedAt';
  sortDir: Dir;
}

function filterSql(f: UserFilters) {
  const parts: string[] = [];
  const params: string[] = [];
  if (f.firstName) {
    parts.push(`u.first_name LIKE ? ESCAPE '\\'`);
    params.push(`${likeEscape(f.firstName)}%`);
  }
  if (f.lastName) {
    parts.push(`u.last_name LIKE ? ESCAPE '\\'`);
    params.push(`${likeEscape(f.lastName)}%`);
  }
  if (f.activeRoles) {
    parts.push(`u.disabled_at IS NULL AND u.role IN (${f.activeRoles.map(() => '?').join(', ') || 'NULL'})`);
    params.push(...f.activeRoles);
  }
  return { parts, params };
}

export function listUsers(db: Db, f: UserFilters, size: number, after?: KeyPosition): PageResult<UserRow> {
  const sortExpr = f.sort === 'updatedAt' ? 'u.updated_at' : 'u.created_at';
  const { parts, params } = filterSql(f);
  const ks = keyset(sortExpr, 'u.id', f.sortDir, after);
  const sql = `SELECT ${COLUMNS} FROM users u ${whereOf([...parts, ks.where])} ${ks.orderBy} LIMIT ?`;
  const rows = stmt<UserRow>(db, sql).all(...params, ...ks.params, size + 1);
  return toPage(rows, size, (u) => ({ value: f.sort === 'updatedAt' ? u.updatedAt : u.createdAt, id: u.id }));
}

export function countUsersMatching(db: Db, f: UserFilters): number {
  const { parts, params } = filterSql(f);
  return (
    stmt<{ n: number }>(db, `SELECT count(*) AS n FROM users u ${whereOf(parts)}`).get(...params)?.n ?? 0
  );
}

/** Every user, oldest first (the operators' command lists them; the team is small). */
export function allUsers(db: Db): UserRow[] {
  return stmt<UserRow>(db, `SELECT ${COLUMNS} FROM users u ORDER BY u.id`).all();
}

export function setPasswordHash(db: Db, userId: number, hash: string, now: string): void {
  stmt(db, 'UPDATE users SET password_hash = ?, updated_at = ? WHERE id = ?').run(hash, now, userId);
}

/**
 * Disables a user at once: no more sign-ins (checked at login), and what they hold ends now: their sessions
 * are deleted and their API keys revoked (the caller check refuses a disabled user's credentials as well).
 */
export function disableUser(db: Db, userId: number, now: string): void {
  db.transaction(() => {
    stmt(db, 'UPDATE users SET disabled_at = coalesce(disabled_at, ?), updated_at = ? WHERE id = ?').run(
      now,
      now,
      userId,
    );
    deleteUserSessions(db, userId);
    stmt(db, 'UPDATE api_keys SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL').run(now, userId);
  })();
}

export function enableUser(db: Db, userId: number, now: string): void {
  stmt(db, 'UPDATE users SET disabled_at = NULL, updated_at = ? WHERE id = ?').run(now, userId);
}
