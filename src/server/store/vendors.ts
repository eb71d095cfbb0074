import { stmt, type Db } from './db';
import { keyset, likeEscape, toPage, whereOf, type Dir, type KeyPosition, type PageResult } from './keyset';

export interface VendorRow {
  id: number;
  name: string;
  category: string | null;
  risk: string | null;
  status: string | null;
  isSubProcessor: boolean;
  createdAt: string;
  updatedAt: string;
}
type RawVendor = Omit<VendorRow, 'isSubProcessor'> & { isSubProcessor: number };

const COLUMNS = `v.id, v.name, v.category, v.risk, v.status, v.is_sub_processor AS isSubProcessor,
  v.created_at AS createdAt, v.updated_at AS updatedAt`;

const fromRaw = (raw: RawVendor): VendorRow => ({ ...raw, isSubProcessor: raw.isSubProcessor === 1 });

export interface NewVendor {
  name: string;
  category?: string | null;
  risk?: string | null;
  status?: string | null;
  isSubProcessor?: boolean;
}

export function insertVendor(db: Db, v: NewVendor, now: string): number {
  const result = stmt(
    db,
    `INSERT INTO vendors (name, category, risk, status, is_sub_processor, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(v.name, v.category ?? null, v.risk ?? null, v.status ?? null, v.isSubProcessor ? 1 : 0, now, now);
  return Number(result.lastInsertRowid);
}

export function findVendor(db: Db, id: number): VendorRow | undefined {
  const raw = stmt<RawVendor>(db, `SELECT ${COLUMNS} FROM vendors v WHERE v.id = ?`).get(id);
  return raw && fromRaw(raw);
}

export interface VendorFilters {
  q?: string | undefined;
  sort: 'createdAt' | 'updatedAt' | 'name';
  sortDir: Dir;
}

const SORT_EXPR = {
  name: 'v.name COLLATE NOCASE',
  createdAt: 'v.created_at',
  updatedAt: 'v.updated_at',
} as const;

function filterSql(f: VendorFilters) {
  return f.q
    ? { parts: [`v.name LIKE ? ESCAPE '\\'`], params: [`%${likeEscape(f.q)}%`] }
    : { parts: [], params: [] };
}

export function listVendors(
  db: Db,
  f: VendorFilters,
  size: number,
  after?: KeyPosition,
): PageResult<VendorRow> {
  const { parts, params } = filterSql(f);
  const ks = keyset(SORT_EXPR[f.sort], 'v.id', f.sortDir, after);
  const sql = `SELECT ${COLUMNS} FROM vendors v ${whereOf([...parts, ks.where])} ${ks.orderBy} LIMIT ?`;
  const rows = stmt<RawVendor>(db, sql)
    .all(...params, ...ks.params, size + 1)
    .map(fromRaw);
  return toPage(rows, size, (v) => ({ value: v[f.sort], id: v.id }));
}

export function countVendors(db: Db, f: VendorFilters): number {
  const { parts, params } = filterSql(f);
  return (
    stmt<{ n: number }>(db, `SELECT count(*) AS n FROM vendors v ${whereOf(parts)}`).get(...params)?.n ?? 0
  );
}
