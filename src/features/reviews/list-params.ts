import {
  DECISIONS,
  REVIEW_STATUSES,
  REVIEW_TYPES,
  type Decision,
  type ReviewStatus,
  type ReviewType,
} from '../../contract/enums';
import { REVIEW_SORTS, type ReviewSort, type SortDir } from '../../contract/review';

/**
 * The review list's filters, search and sort as they live in the page URL (`?status=IN_PROGRESS&q=acme&sort=title`),
 * so a reload or a shared link shows the same list. Unknown values in a hand-edited URL are dropped, not errors.
 */
export interface ListFilters {
  status: ReviewStatus[];
  type: ReviewType[];
  decision: Decision[];
  q: string;
  sort: ReviewSort;
  dir: SortDir;
}

export const DEFAULT_SORT: ReviewSort = 'createdAt';
export const DEFAULT_DIR: SortDir = 'DESC';

function pick<T extends string>(values: readonly T[], raw: readonly string[]): T[] {
  // Keep the enum's order so the same selection always gives the same URL and query key.
  return values.filter((v) => raw.includes(v));
}

export function filtersFromSearch(search: URLSearchParams): ListFilters {
  const sort = search.get('sort');
  const dir = search.get('dir');
  return {
    status: pick(REVIEW_STATUSES, search.getAll('status')),
    type: pick(REVIEW_TYPES, search.getAll('type')),
    decision: pick(DECISIONS, search.getAll('decision')),
    q: (search.get('q') ?? '').slice(0, 200),
    sort: REVIEW_SORTS.find((s) => s === sort) ?? DEFAULT_SORT,
    dir: dir === 'ASC' || dir === 'DESC' ? dir : DEFAULT_DIR,
  };
}

/** Defaults are left out so the plain /reviews URL stays plain. */
export function searchFromFilters(filters: ListFilters): URLSearchParams {
  const search = new URLSearchParams();
  for (const s of filters.status) search.append('status', s);
  for (const t of filters.type) search.append('type', t);
  for (const d of filters.decision) search.append('decision', d);
  if (filters.q.trim()) search.set('q', filters.q);
  if (filters.sort !== DEFAULT_SORT) search.set('sort', filters.sort);
  if (filters.dir !== DEFAULT_DIR) search.set('dir', filters.dir);
  return search;
}

export function hasActiveFilters(filters: ListFilters): boolean {
  return (
    filters.status.length > 0 ||
    filters.type.length > 0 ||
    filters.decision.length > 0 ||
    filters.q.trim() !== ''
  );
}

/** The list request's query (operation 1), without paging: this is also the query key's params. */
export function apiParamsFromFilters(filters: ListFilters) {
  return {
    'status[]': filters.status,
    'type[]': filters.type,
    'decision[]': filters.decision,
    q: filters.q.trim() || undefined,
    sort: filters.sort,
    sortDir: filters.dir,
    'expand[]': ['vendor', 'user'] as const,
  };
}
export type ReviewListParams = ReturnType<typeof apiParamsFromFilters>;
