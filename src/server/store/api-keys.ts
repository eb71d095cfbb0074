import { sha256Hex } from '../crypto';
import { stmt, type Db } from './db';

/*
 * API keys are stored only as SHA-256 hashes (a key is a random secret, so a plain hash suffices; no salt
 * needed) plus a short prefix to tell keys apart in listings.
 */
export function insertApiKey(db: Db, userId: number, name: string, key: string, now: string): number {
  const result = stmt(
    db,
    'INSERT INTO api_keys (user_id, name, prefix, key_hash, created_at) VALUES (?, ?, ?, ?, ?)',
  ).run(userId, name, key.slice(0, 8), sha256Hex(key), now);
  return Number(result.lastInsertRowid);
}

export interface ApiKeyMatch {
  keyId: number;
  userId: number;
}

export function findApiKey(db: Db, key: string): ApiKeyMatch | undefined {
  return stmt<ApiKeyMatch>(db, 'SELECT id AS keyId, user_id AS userId FROM api_keys WHERE key_hash = ?').get(
    sha256Hex(key),
  );
}
