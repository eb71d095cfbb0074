import type { Db } from './db';
import { insertReview, type NewReview } from './reviews';
import type { NewUser } from './users';
import type { NewVendor } from './vendors';

/*
 * Bulk loading for large generated data sets (scripts/seed-large.ts, the bench): one transaction per call and
 * one prepared statement per table, so 100,000 rows cost one commit (one fsync) instead of 100,000. Columns as
 * in migrations.ts; rows carry their own timestamps so generated histories can span years.
 */

export function bulkInsertUsers(db: Db, users: Iterable<NewUser & { createdAt: string }>): number[] {
  const insert = db.prepare(
    `INSERT INTO users (email, first_name, last_name, role, job_title, password_hash, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return db.transaction(() => {
    const ids: number[] = [];
    for (const u of users) {
      const r = insert.run(
        u.email,
        u.firstName,
        u.lastName,
        u.role,
        u.jobTitle,
        u.passwordHash,
        u.createdAt,
        u.createdAt,
      );
      ids.push(Number(r.lastInsertRowid));
    }
    return ids;
  })();
}

export function bulkInsertVendors(db: Db, vendors: Iterable<NewVendor & { createdAt: string }>): number[] {
  const insert = db.prepare(
    `INSERT INTO vendors (name, category, risk, status, is_sub_processor, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  return db.transaction(() => {
    const ids: number[] = [];
    for (const v of vendors) {
      const r = insert.run(
        v.name,
        v.category ?? null,
        v.risk ?? null,
        v.status ?? null,
        v.isSubProcessor ? 1 : 0,
        v.createdAt,
        v.createdAt,
      );
      ids.push(Number(r.lastInsertRowid));
    }
    return ids;
  })();
}

/** Inserts every review of `reviews` (an iterable, so a generator never holds them all); returns the count. */
export function bulkInsertReviews(db: Db, reviews: Iterable<NewReview>): number {
  // insertReview's statement is prepared once and cached; the single transaction is what makes this fast.
  return db.transaction(() => {
    let n = 0;
    for (const r of reviews) {
      insertReview(db, r);
      n++;
    }
    return n;
  })();
}
