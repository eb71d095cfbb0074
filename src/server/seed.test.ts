import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ReviewPage } from '../contract/review';
import { buildApp } from './app';
import { loadConfig } from './config';
import { seedDemo } from './seed';
import { demoData } from './seed-data';
import { openDb, type Db } from './store/db';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function tempDb(): { db: Db; dir: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'soc-review-seed-'));
  const db = openDb(path.join(dir, 'soc-review.sqlite'));
  cleanups.push(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return { db, dir };
}

const count = (db: Db, table: string) =>
  (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('seedDemo', () => {
  it('loads the demo data set into a new database, once', () => {
    const { db } = tempDb();
    const now = new Date('2026-03-01T12:00:00Z');
    const data = demoData(now);
    expect(seedDemo(db, now)).toBe(true);
    expect(count(db, 'users')).toBe(data.users.length);
    expect(count(db, 'vendors')).toBe(data.vendors.length);
    expect(count(db, 'reviews')).toBe(data.reviews.length);
    expect(count(db, 'api_keys')).toBe(3);
    // Not on a database that already has data.
    expect(seedDemo(db, now)).toBe(false);
    expect(count(db, 'reviews')).toBe(data.reviews.length);
  });

  it('answers the seeded reviews through the API with reviewers, requesters and finalizations filled in', async () => {
    const { db, dir } = tempDb();
    seedDemo(db, new Date());
    const app = await buildApp({
      config: loadConfig({ NODE_ENV: 'test', DATA_DIR: dir, DIST_DIR: dir }),
      db,
    });
    cleanups.push(() => app.close());
    const data = demoData(new Date());
    const res = await app.inject({
      url: '/public/v2/vendor-security-reviews?size=500&expand[]=user&expand[]=requesterUser&expand[]=vendor&includeTotalCount=true',
      headers: { authorization: 'Bearer demo-reviewer-key' },
    });
    expect(res.statusCode).toBe(200);
    const page = ReviewPage.parse(res.json());
    expect(page.pagination.totalCount).toBe(data.reviews.length);
    for (const review of page.data) {
      const source = data.reviews.find((r) => r.title === review.title);
      expect(source, review.title ?? '').toBeDefined();
      if (!source) continue;
      expect(review.requesterUser?.email).toBe(source.requesterEmail);
      expect(review.status).toBe(source.status);
      expect(review.decision).toBe(source.decision);
      if (review.type === 'SOC_REPORT') {
        expect(review.user?.email ?? null).toBe(source.reviewerEmail);
        expect(review.socReviewForm?.reviewerInformation.reviewerUserId ?? null).toBe(review.userId);
      } else {
        expect(review.userId).toBeNull();
      }
      if (source.finalization) {
        expect(review.finalization).toMatchObject({
          decision: source.finalization.decision,
          note: source.finalization.note,
        });
        expect(review.finalization?.byUserId).toEqual(expect.any(Number));
      } else {
        expect(review.finalization).toBeNull();
      }
    }
    // The three demo keys and passwords work.
    for (const key of ['demo-reviewer-key', 'demo-manager-key', 'demo-auditor-key']) {
      expect(
        (await app.inject({ url: '/auth/me', headers: { authorization: `Bearer ${key}` } })).statusCode,
      ).toBe(200);
    }
    const login = await app.inject({
      method: 'POST',
      url: '/auth/login',
      payload: { email: 'auditor@example.com', password: 'demo' },
    });
    expect(login.statusCode).toBe(200);
  });
});
