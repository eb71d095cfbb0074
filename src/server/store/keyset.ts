/*
 * Keyset (cursor) paging: a page starts strictly after the last row of the previous one in (sort value, id)
 * order, so rows inserted meanwhile never shift a page (no duplicates, no gaps) as offsets would.
 */
export type SortValue = string | number;
export interface KeyPosition {
  value: SortValue;
  id: number;
}
export type Dir = 'ASC' | 'DESC';

export interface PageResult<T> {
  rows: T[];
  /** Position of the last row when more rows follow; null on the last page. */
  next: KeyPosition | null;
}

export function keyset(sortExpr: string, idExpr: string, dir: Dir, after: KeyPosition | undefined) {
  const op = dir === 'ASC' ? '>' : '<';
  return {
    where: after ? `(${sortExpr}, ${idExpr}) ${op} (?, ?)` : null,
    params: after ? [after.value, after.id] : [],
    orderBy: `ORDER BY ${sortExpr} ${dir}, ${idExpr} ${dir}`,
  };
}

/** Rows were fetched with LIMIT size + 1: the extra row only tells that another page exists. */
export function toPage<T>(rows: T[], size: number, keyOf: (row: T) => KeyPosition): PageResult<T> {
  const more = rows.length > size;
  const kept = more ? rows.slice(0, size) : rows;
  const last = kept[kept.length - 1];
  return { rows: kept, next: more && last ? keyOf(last) : null };
}

/** Escapes LIKE wildcards so user text matches literally (used with `ESCAPE '\'`). */
export function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** `WHERE a AND b` from the non-empty parts. */
export function whereOf(parts: (string | null)[]): string {
  const kept = parts.filter((p): p is string => p !== null && p !== '');
  return kept.length ? `WHERE ${kept.join(' AND ')}` : '';
}
