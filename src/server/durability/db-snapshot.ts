import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Db } from '../store/db';

/*
 * A cheap fingerprint of everything a request could change: every row of every table, in rowid order, plus the
 * names in the file store's tmp/ and files/ folders. Two columns are left out because reading is allowed to
 * change them: api_keys.last_used_at and sessions.last_seen_at are refreshed (at most once a minute) when a
 * credential is used, whether or not the request is then refused; that is bookkeeping, not content.
 */
const BOOKKEEPING: Record<string, string[]> = {
  api_keys: ['last_used_at'],
  sessions: ['last_seen_at'],
};

export function contentHash(db: Db, dataDir: string): string {
  const hash = createHash('sha256');
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
    name: string;
  }[];
  for (const { name } of tables) {
    const skip = BOOKKEEPING[name] ?? [];
    const columns = (db.pragma(`table_info(${JSON.stringify(name)})`) as { name: string }[])
      .map((c) => c.name)
      .filter((c) => !skip.includes(c));
    const list = columns.map((c) => JSON.stringify(c)).join(', ');
    // sessions has no rowid alias but still a rowid; every table here is a rowid table.
    const rows = db
      .prepare(`SELECT ${list} FROM ${JSON.stringify(name)} ORDER BY rowid`)
      .raw()
      .all();
    hash.update(`${name}\n${JSON.stringify(rows)}\n`);
  }
  for (const dir of ['tmp', 'files']) {
    const names = (() => {
      try {
        return readdirSync(path.join(dataDir, dir)).sort();
      } catch {
        return [];
      }
    })();
    hash.update(`${dir}\n${names.join('\n')}\n`);
  }
  return hash.digest('hex');
}
