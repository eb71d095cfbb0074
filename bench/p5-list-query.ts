import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { seedLarge } from '../scripts/seed-large';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/config';
import { openDb, stmt } from '../src/server/store/db';
import { keyset, whereOf, type KeyPosition } from '../src/server/store/keyset';
import { listReviews, type ReviewFilters } from '../src/server/store/review-list';
import { REVIEW_COLUMNS, REVIEW_FROM } from '../src/server/store/reviews';
import { KEYS } from './lib/api';
import { ratioOf, round, type Row } from './lib/report';
import { REPO } from './lib/server';
import { percentile } from './lib/stats';

/*
 * P5: a filtered, sorted list page deep in the list (status + type filters, sort by deadline, page 20 of 50
 * rows, with the vendor and user expands the list page asks for) over 100,000 generated reviews.
 * In-process (buildApp + inject, logger off): "server time" is then the app's own work per request with no
 * socket in between, and the baseline (the store's SQL for the same page, run alone) uses the same file
 * and the same process.
 */
const REVIEWS = 100_000;
const PAGE = 20;
const SIZE = 50;
const RUNS = 200;
const Page = z.object({
  data: z.array(z.object({ id: z.number() })),
  pagination: z.object({ cursor: z.string().nullable() }),
});

const filters: ReviewFilters = {
  statuses: ['NOT_YET_STARTED', 'IN_PROGRESS'],
  types: ['SOC_REPORT', 'SECURITY'],
  sort: 'reviewDeadlineAt',
  sortDir: 'ASC',
};
const QUERY =
  'status[]=NOT_YET_STARTED&status[]=IN_PROGRESS&type[]=SOC_REPORT&type[]=SECURITY' +
  `&sort=reviewDeadlineAt&sortDir=ASC&size=${SIZE}&expand[]=vendor&expand[]=user`;

function time(fn: () => unknown, runs: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return out;
}

export async function p5(): Promise<Row[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'soc-bench-p5-'));
  const db = openDb(path.join(dir, 'soc-review.sqlite'));
  try {
    const seeded = performance.now();
    seedLarge(db, { reviews: REVIEWS });
    const seedSeconds = (performance.now() - seeded) / 1000;
    const config = loadConfig({
      DATA_DIR: dir,
      NODE_ENV: 'test',
      RATE_LIMIT_PER_MIN: '1000000',
      DIST_DIR: path.join(REPO, 'dist'),
    });
    const app = await buildApp({ config, db });
    const get = (url: string) =>
      app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${KEYS.reviewer}` } });

    // Walk to page 20 as a client would (each page's cursor leads to the next).
    let cursor: string | null = null;
    let after: KeyPosition | undefined;
    for (let p = 1; p < PAGE; p++) {
      const res = await get(
        `/public/v2/vendor-security-reviews?${QUERY}${cursor ? `&cursor=${cursor}` : ''}`,
      );
      cursor = Page.parse(res.json()).pagination.cursor;
      after = listReviews(db, filters, SIZE, after).next ?? undefined;
      if (!cursor || !after) throw new Error(`the filtered list ends before page ${PAGE}`);
    }
    const url = `/public/v2/vendor-security-reviews?${QUERY}&cursor=${cursor}`;
    const firstId = Page.parse((await get(url)).json()).data[0]?.id;

    // The same SQL the store runs for that page (src/server/store/review-list.ts), alone.
    const ks = keyset('r.review_deadline_at', 'r.id', 'ASC', after);
    const sql = `SELECT ${REVIEW_COLUMNS} ${REVIEW_FROM} ${whereOf(['r.status IN (?, ?)', 'r.type IN (?, ?)', ks.where])} ${ks.orderBy} LIMIT ?`;
    const params = [...filters.statuses!, ...filters.types!, ...ks.params, SIZE + 1];
    const rows = stmt<{ id: number }>(db, sql).all(...params);
    if (rows[0]?.id !== firstId) throw new Error('the baseline SQL does not return the page the API returns');

    const server: number[] = [];
    for (let i = 0; i < 20 + RUNS; i++) {
      const t = performance.now();
      const res = await get(url);
      const ms = performance.now() - t;
      if (res.statusCode !== 200) throw new Error(`page ${PAGE} → ${res.statusCode}`);
      if (i >= 20) server.push(ms); // the first 20 warm the JIT and the page cache
    }
    time(() => stmt(db, sql).all(...params), 20);
    const sqlite = time(() => stmt(db, sql).all(...params), RUNS);

    const p95 = round(percentile(server, 95));
    const base = round(percentile(sqlite, 95), 3);
    return [
      {
        id: 'P5',
        measure: `list page ${PAGE} (status+type filters, sort deadline, ${SIZE} rows, expands) of ${REVIEWS.toLocaleString('en-US')} reviews: server p95 over ${RUNS} (p50 ${percentile(server, 50).toFixed(1)} ms; SQL alone p50 ${percentile(sqlite, 50).toFixed(1)} ms; in-process inject; seeded in ${seedSeconds.toFixed(1)} s)`,
        value: p95,
        unit: 'ms',
        baseline: base,
        ratio: ratioOf(p95, base),
        budget: '≤ 10 ms',
        pass: p95 <= 10,
      },
    ];
  } finally {
    db.close();
    await rm(dir, { recursive: true, force: true });
  }
}
