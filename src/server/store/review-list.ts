import type { Decision, ReviewStatus, ReviewType } from '../../contract/enums';
import type { ReviewSort, SortDir } from '../../contract/review';
import { stmt, type Db } from './db';
import { keyset, likeEscape, toPage, whereOf, type KeyPosition, type PageResult } from './keyset';
import { queryReviews, REVIEW_COLUMNS, REVIEW_FROM, type ReviewRow } from './reviews';

/** The filters of operations 1 and 2; date bounds are inclusive ISO timestamps. */
export interface ReviewFilters {
  vendorIds?: number[] | undefined;
  statuses?: ReviewStatus[] | undefined;
  types?: ReviewType[] | undefined;
  decisions?: Decision[] | undefined;
  createdAtFrom?: string | undefined;
  createdAtTo?: string | undefined;
  updatedAtFrom?: string | undefined;
  updatedAtTo?: string | undefined;
  q?: string | undefined;
  sort: ReviewSort;
  sortDir: SortDir;
}

// Each expression matches an index in migrations.ts (the title one includes its COLLATE).
const SORT_EXPR: Record<ReviewSort, string> = {
  createdAt: 'r.created_at',
  updatedAt: 'r.updated_at',
  reviewDeadlineAt: 'r.review_deadline_at',
  title: "coalesce(r.title, '') COLLATE NOCASE",
};

function sortValue(row: ReviewRow, sort: ReviewSort): string {
  return sort === 'title' ? (row.title ?? '') : row[sort];
}

const searching = (f: ReviewFilters) => (f.q ?? '').trim() !== '';

function filterSql(f: ReviewFilters) {
  const parts: string[] = [];
  const params: unknown[] = [];
  const anyOf = (column: string, values: readonly unknown[] | undefined) => {
    if (!values || values.length === 0) return;
    parts.push(`${column} IN (${values.map(() => '?').join(', ')})`);
    params.push(...values);
  };
  const bound = (sql: string, value: string | undefined) => {
    if (value === undefined) return;
    parts.push(sql);
    params.push(value);
  };
  anyOf('r.vendor_id', f.vendorIds);
  anyOf('r.status', f.statuses);
  anyOf('r.type', f.types);
  anyOf('r.decision', f.decisions);
  bound('r.created_at >= ?', f.createdAtFrom);
  bound('r.created_at <= ?', f.createdAtTo);
  bound('r.updated_at >= ?', f.updatedAtFrom);
  bound('r.updated_at <= ?', f.updatedAtTo);
  const q = searching(f) ? f.q : undefined;
  if (q !== undefined) {
    // LIKE is case-insensitive for ASCII in SQLite, which is what a search box needs.
    const pattern = `%${likeEscape(q.trim())}%`;
    parts.push(`(r.title LIKE ? ESCAPE '\\' OR v.name LIKE ? ESCAPE '\\')`);
    params.push(pattern, pattern);
  }
  return { parts, params };
}

export function listReviews(
  db: Db,
  f: ReviewFilters,
  size: number,
  after?: KeyPosition,
): PageResult<ReviewRow> {
  const { parts, params } = filterSql(f);
  const ks = keyset(SORT_EXPR[f.sort], 'r.id', f.sortDir, after);
  const sql = `SELECT ${REVIEW_COLUMNS} ${REVIEW_FROM} ${whereOf([...parts, ks.where])} ${ks.orderBy} LIMIT ?`;
  const rows = queryReviews(db, sql, [...params, ...ks.params, size + 1]);
  return toPage(rows, size, (r) => ({ value: sortValue(r, f.sort), id: r.id }));
}

export interface ReviewKey {
  id: number;
  sortValue: string;
}

/**
 * The same page as listReviews, but only each row's id (and sort value, for the cursor): the list route
 * serves most rows from its cache of serialized reviews and fetches whole rows for the others only, so the
 * page's scan never reads the stored forms.
 */
export function listReviewKeys(
  db: Db,
  f: ReviewFilters,
  size: number,
  after?: KeyPosition,
): PageResult<ReviewKey> {
  const { parts, params } = filterSql(f);
  const sortExpr = SORT_EXPR[f.sort];
  const ks = keyset(sortExpr, 'r.id', f.sortDir, after);
  // The title sort's value is the coalesced title (its COLLATE only orders; the text is unchanged).
  const value = f.sort === 'title' ? "coalesce(r.title, '')" : sortExpr;
  // The vendor is joined only to search its name: every review has one (a foreign key), so without a search
  // the join changes nothing, and leaving it out keeps the scan inside the covering index.
  const from = searching(f) ? REVIEW_FROM : 'FROM reviews r';
  const sql = `SELECT r.id, ${value} AS sortValue ${from} ${whereOf([...parts, ks.where])} ${ks.orderBy} LIMIT ?`;
  const rows = stmt<ReviewKey>(db, sql).all(...params, ...ks.params, size + 1);
  return toPage(rows, size, (r) => ({ value: r.sortValue, id: r.id }));
}

export function countReviews(db: Db, f: ReviewFilters): number {
  const { parts, params } = filterSql(f);
  const sql = `SELECT count(*) AS n ${REVIEW_FROM} ${whereOf(parts)}`;
  return stmt<{ n: number }>(db, sql).get(...params)?.n ?? 0;
}
