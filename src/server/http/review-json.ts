import type { Db } from '../store/db';
import type { ReviewRow } from '../store/reviews';
import { EpochCache } from './epoch-cache';
import { reviewView, type ReviewExpand, type ViewContext } from './review-view';

/*
 * Reviews as the API answers them, serialized once and reused: reading one (operation 5) and every row of a
 * list page (operations 1 and 2) are then a lookup instead of a form parse, a completeness check, user lookups
 * and JSON.stringify. The body depends on the review, its vendor's name and its users' names, all in the
 * database, so entries live for one data epoch (store/epoch.ts): any write (a save, an action, a new review,
 * a user change, the users CLI) and the next read builds afresh. Never stale, by construction.
 */
export interface ReviewJson {
  vendorId: number;
  version: number;
  /**
   * The review object exactly as JSON.stringify(reviewView(…)) spells it, already UTF-8: encoding a page of
   * forms (non-ASCII text makes V8 strings two-byte) cost more per request than finding the page.
   */
  body: Buffer;
}

/** Order and repeats of `expand[]` do not change the body, so they do not change the key. */
export function expandKey(expand: readonly ReviewExpand[]): string {
  return expand.length === 0 ? '' : [...new Set(expand)].sort().join(',');
}

export class ReviewJsonCache {
  private readonly cache: EpochCache<ReviewJson>;

  constructor(private readonly db: Db) {
    // A SOC review is a few kB; a form with hundreds of long findings can be far more: bound the bytes too.
    this.cache = new EpochCache(db, {
      entries: 10_000,
      bytes: 16 * 1024 * 1024,
      sizeOf: (v) => v.body.length,
    });
  }

  /** Read the epoch before reading the rows the entries will be built from. */
  epoch(): number {
    return this.cache.current();
  }

  get(id: number, expand: string, epoch: number): ReviewJson | undefined {
    return this.cache.get(`${id}|${expand}`, epoch);
  }

  /** Serializes a row read under `epoch` and keeps it. */
  build(row: ReviewRow, ctx: ViewContext, epoch: number): ReviewJson {
    const body = Buffer.from(JSON.stringify(reviewView(row, ctx)));
    const built = { vendorId: row.vendorId, version: row.version, body };
    this.cache.set(`${row.id}|${expandKey(ctx.expand)}`, built, epoch);
    return built;
  }
}

const perDb = new WeakMap<Db, ReviewJsonCache>();

/** One cache per database, shared by the routes that read reviews. */
export function reviewJsonCache(db: Db): ReviewJsonCache {
  let cache = perDb.get(db);
  if (!cache) {
    cache = new ReviewJsonCache(db);
    perDb.set(db, cache);
  }
  return cache;
}
