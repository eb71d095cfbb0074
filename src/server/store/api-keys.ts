import { randomToken, sha256Hex } from '../crypto';
import { stmt, type Db } from './db';

/*
 * API keys are stored only as SHA-256 hashes (a key is a random secret, so a plain hash suffices; no salt
 * needed) plus a short prefix to tell keys apart in listings.
 */
export function insertApiKey(
  db: Db,
  userId: number,
  name: string,
  key: string,
  now: string,
  prefixLength = 8,
): number {
  const result = stmt(
    db,
    'INSERT INTO api_keys (user_id, name, prefix, key_hash, created_at) VALUES (?, ?, ?, ?, ?)',
  ).run(userId, name, key.slice(0, prefixLength), sha256Hex(key), now);
  return Number(result.lastInsertRowid);
}

/** A new key's secret: a recognisable `socr_` start (secret scanners, logs) and 256 random bits. */
export function newApiKeySecret(): string {
  return `socr_${randomToken()}`;
}
/** `socr_` and 7 random characters: enough to tell keys apart, far too little to guess the rest. */
export const NEW_KEY_PREFIX_LENGTH = 12;

export interface ApiKeyMatch {
  keyId: number;
  userId: number;
}

// Marking a key used costs a write; once a minute per key is precise enough for "last used".
const TOUCH_EVERY_MS = 60 * 1000;

/** The live (not revoked) key matching a secret, marking it used. */
export function findApiKey(db: Db, key: string, now: Date = new Date()): ApiKeyMatch | undefined {
  const row = stmt<ApiKeyMatch & { lastUsedAt: string | null }>(
    db,
    `SELECT id AS keyId, user_id AS userId, last_used_at AS lastUsedAt FROM api_keys
     WHERE key_hash = ? AND revoked_at IS NULL`,
  ).get(sha256Hex(key));
  if (!row) return undefined;
  if (row.lastUsedAt === null || now.getTime() - Date.parse(row.lastUsedAt) > TOUCH_EVERY_MS) {
    stmt(db, 'UPDATE api_keys SET last_used_at = ? WHERE id = ?').run(now.toISOString(), row.keyId);
  }
  return { keyId: row.keyId, userId: row.userId };
}

export interface ApiKeyRow {
  id: number;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  userId: number;
}

const COLUMNS = `id, name, prefix, created_at AS createdAt, last_used_at AS lastUsedAt,
  revoked_at AS revokedAt, user_id AS userId`;

/** Every key, live ones first, newest first (a team has a handful). */
export function listApiKeys(db: Db): ApiKeyRow[] {
  return stmt<ApiKeyRow>(
    db,
    `SELECT ${COLUMNS} FROM api_keys ORDER BY revoked_at IS NOT NULL, created_at DESC, id DESC`,
  ).all();
}

export function findApiKeyById(db: Db, id: number): ApiKeyRow | undefined {
  return stmt<ApiKeyRow>(db, `SELECT ${COLUMNS} FROM api_keys WHERE id = ?`).get(id);
}

/** Revokes a key (idempotent: a revoked key keeps its first revocation time). */
export function revokeApiKey(db: Db, id: number, now: string): boolean {
  stmt(db, 'UPDATE api_keys SET revoked_at = coalesce(revoked_at, ?) WHERE id = ?').run(now, id);
  return findApiKeyById(db, id) !== undefined;
}
