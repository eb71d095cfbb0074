import type { DocumentType } from '../../contract/enums';
import { stmt, type Db } from './db';
import { keyset, toPage, whereOf, type KeyPosition, type PageResult } from './keyset';

/* Vendor documents (operation 14, and the file of operation 4). The row is written only after its file is durable. */
export interface DocumentRow {
  id: number;
  vendorId: number;
  securityReviewId: number | null;
  type: DocumentType;
  name: string;
  storedName: string;
  size: number;
  contentType: string;
  uploadedByUserId: number | null;
  createdAt: string;
  updatedAt: string;
}

const COLUMNS = `d.id, d.vendor_id AS vendorId, d.security_review_id AS securityReviewId, d.type, d.name,
  d.stored_name AS storedName, d.size, d.content_type AS contentType, d.uploaded_by_user_id AS uploadedByUserId,
  d.created_at AS createdAt, d.updated_at AS updatedAt`;

export type NewDocument = Omit<DocumentRow, 'id' | 'updatedAt'> & { sha256: string | null };

export function insertDocument(db: Db, d: NewDocument): DocumentRow {
  const result = stmt(
    db,
    `INSERT INTO documents (vendor_id, security_review_id, type, name, stored_name, size, content_type, sha256,
       uploaded_by_user_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    d.vendorId,
    d.securityReviewId,
    d.type,
    d.name,
    d.storedName,
    d.size,
    d.contentType,
    d.sha256,
    d.uploadedByUserId,
    d.createdAt,
    d.createdAt,
  );
  const row = findDocument(db, Number(result.lastInsertRowid));
  if (!row) throw new Error('The document just stored could not be read back');
  return row;
}

export function findDocument(db: Db, id: number): DocumentRow | undefined {
  return stmt<DocumentRow>(db, `SELECT ${COLUMNS} FROM documents d WHERE d.id = ?`).get(id);
}

export interface DocumentFilters {
  vendorId: number;
  type?: DocumentType | undefined;
  securityReviewId?: number | undefined;
}

function filterSql(f: DocumentFilters) {
  const parts = ['d.vendor_id = ?'];
  const params: unknown[] = [f.vendorId];
  if (f.type) {
    parts.push('d.type = ?');
    params.push(f.type);
  }
  if (f.securityReviewId) {
    parts.push('d.security_review_id = ?');
    params.push(f.securityReviewId);
  }
  return { parts, params };
}

/** Newest first, keyset-paged on (created_at, id). */
export function listDocuments(
  db: Db,
  f: DocumentFilters,
  size: number,
  after?: KeyPosition,
): PageResult<DocumentRow> {
  const { parts, params } = filterSql(f);
  const ks = keyset('d.created_at', 'd.id', 'DESC', after);
  const sql = `SELECT ${COLUMNS} FROM documents d ${whereOf([...parts, ks.where])} ${ks.orderBy} LIMIT ?`;
  const rows = stmt<DocumentRow>(db, sql).all(...params, ...ks.params, size + 1);
  return toPage(rows, size, (d) => ({ value: d.createdAt, id: d.id }));
}

export function countDocuments(db: Db, f: DocumentFilters): number {
  const { parts, params } = filterSql(f);
  const sql = `SELECT count(*) AS n FROM documents d ${whereOf(parts)}`;
  return stmt<{ n: number }>(db, sql).get(...params)?.n ?? 0;
}

/** Every stored file name the database knows (documents and questionnaire files), for start-up cleanup. */
export function knownStoredNames(db: Db): Set<string> {
  const rows = stmt<{ name: string }>(
    db,
    `SELECT stored_name AS name FROM documents UNION ALL SELECT stored_name FROM questionnaire_files`,
  ).all();
  return new Set(rows.map((r) => r.name));
}
