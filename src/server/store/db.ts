import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './migrations';

export type Db = Database.Database;

/*
 * The store is the only code that speaks SQL. WAL lets readers run beside the single writer; synchronous=FULL
 * makes a committed write survive a power cut (API.md: a write is acknowledged only once durable).
 */
export function openDb(file: string): Db {
  mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}

const cache = new WeakMap<Db, Map<string, Database.Statement>>();

/** A prepared statement, prepared once per database and SQL text. */
export function stmt<R = unknown>(db: Db, sql: string): Database.Statement<unknown[], R> {
  let perDb = cache.get(db);
  if (!perDb) {
    perDb = new Map();
    cache.set(db, perDb);
  }
  let s = perDb.get(sql);
  if (!s) {
    // List queries vary with their filters; bound the cache so odd filter mixes cannot grow it forever.
    if (perDb.size > 500) perDb.clear();
    s = db.prepare(sql);
    perDb.set(sql, s);
  }
  return s as Database.Statement<unknown[], R>;
}

/**
 * Runs `fn` in a `BEGIN IMMEDIATE` transaction: the write lock is taken before the first read, so a
 * read-check-write (If-Match) cannot interleave with another writer.
 */
export function immediate<T>(db: Db, fn: () => T): T {
  return db.transaction(fn).immediate();
}

/** Timestamps are stored as `toISOString()` text so that text order is time order. */
export function isoNow(now: Date): string {
  return now.toISOString();
}
