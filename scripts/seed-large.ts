import path from 'node:path';
import { parseArgs } from 'node:util';
import { seedAccounts } from '../src/server/seed';
import { demoData } from '../src/server/seed-data';
import { bulkInsertReviews, bulkInsertUsers, bulkInsertVendors } from '../src/server/store/bulk-insert';
import { openDb, type Db } from '../src/server/store/db';
import { countUsers } from '../src/server/store/users';
import { reviews, rng, vendors } from './large-data';

/*
 * `npm run seed:large -- --reviews 100000 [--vendors 2000] [--data-dir data/large] [--seed 1]`
 * fills a NEW database with the demo accounts (password "demo", the demo API keys), extra reviewers and
 * a large generated history, then `DATA_DIR=data/large npm run serve` shows it. Refuses a non-empty database.
 */
export interface LargeOptions {
  reviews: number;
  vendors?: number;
  seed?: number;
  now?: Date;
}

export function seedLarge(db: Db, opts: LargeOptions): { vendors: number; reviews: number; users: number } {
  if (countUsers(db) > 0) throw new Error('The database is not empty: seed:large fills a new one only.');
  const now = opts.now ?? new Date();
  const r = rng(opts.seed ?? 1);
  const accounts = seedAccounts(db, demoData(now).users, now);
  const at = now.toISOString();
  const extra = bulkInsertUsers(
    db,
    Array.from({ length: 40 }, (_, i) => ({
      email: `reviewer${i + 1}@example.com`,
      firstName: `Reviewer`,
      lastName: `${i + 1}`,
      role: i < 34 ? ('reviewer' as const) : ('manager' as const),
      jobTitle: i < 34 ? 'Security Analyst' : 'GRC Manager',
      passwordHash: null,
      createdAt: at,
    })),
  );
  const id = (email: string) => accounts.get(email)!;
  const vendorCount = opts.vendors ?? Math.max(20, Math.round(opts.reviews / 50));
  const vendorIds = bulkInsertVendors(db, vendors(vendorCount, r, now));
  const reviewerIds = [id('reviewer@example.com'), id('manager@example.com'), ...extra.slice(0, 34)];
  const managerIds = [id('manager@example.com'), ...extra.slice(34)];
  const n = bulkInsertReviews(
    db,
    reviews(opts.reviews, r, now, { vendorIds, reviewerIds, requesterIds: reviewerIds, managerIds }),
  );
  return { vendors: vendorIds.length, reviews: n, users: accounts.size + extra.length };
}

function main() {
  const { values } = parseArgs({
    options: {
      reviews: { type: 'string', default: '100000' },
      vendors: { type: 'string' },
      'data-dir': { type: 'string', default: 'data/large' },
      seed: { type: 'string', default: '1' },
    },
  });
  const count = Number(values.reviews);
  if (!Number.isInteger(count) || count < 1 || count > 10_000_000)
    throw new Error('--reviews: 1 to 10,000,000');
  const file = path.resolve(values['data-dir'], 'soc-review.sqlite');
  const started = performance.now();
  const db = openDb(file);
  try {
    const done = seedLarge(db, {
      reviews: count,
      vendors: values.vendors === undefined ? undefined : Number(values.vendors),
      seed: Number(values.seed),
    });
    const s = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`${done.reviews} reviews, ${done.vendors} vendors, ${done.users} users in ${file} (${s} s)`);
    console.log(
      `Serve it: DATA_DIR=${values['data-dir']} npm run serve   (sign in as reviewer@example.com / demo)`,
    );
  } finally {
    db.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  try {
    main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
