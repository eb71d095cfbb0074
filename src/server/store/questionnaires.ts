import { stmt, type Db } from './db';
import { keyset, toPage, whereOf, type KeyPosition, type PageResult } from './keyset';

/* Manually uploaded questionnaires (operations 7, 9): one row per upload request, one file row per file. */
export interface QuestionnaireRow {
  id: number;
  vendorId: number;
  securityReviewId: number | null;
  title: string;
  completedBy: string | null;
  recipientEmail: string;
  uploadedByUserId: number | null;
  createdAt: string;
}

export interface QuestionnaireFileRow {
  id: number;
  questionnaireId: number;
  name: string;
  storedName: string;
  size: number;
  contentType: string;
}

const COLUMNS = `q.id, q.vendor_id AS vendorId, q.security_review_id AS securityReviewId, q.title,
  q.completed_by AS completedBy, q.recipient_email AS recipientEmail, q.uploaded_by_user_id AS uploadedByUserId,
  q.created_at AS createdAt`;
const FILE_COLUMNS = `f.id, f.questionnaire_id AS questionnaireId, f.name, f.stored_name AS storedName, f.size,
  f.content_type AS contentType`;

export type NewQuestionnaire = Omit<QuestionnaireRow, 'id'>;
export type NewQuestionnaireFile = Omit<QuestionnaireFileRow, 'id' | 'questionnaireId'> & {
  sha256: string | null;
};

/** The questionnaire and its files; run inside a transaction so they commit together. */
export function insertQuestionnaire(db: Db, q: NewQuestionnaire, files: NewQuestionnaireFile[]): number {
  const result = stmt(
    db,
    `INSERT INTO questionnaires (vendor_id, security_review_id, title, completed_by, recipient_email,
       uploaded_by_user_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    q.vendorId,
    q.securityReviewId,
    q.title,
    q.completedBy,
    q.recipientEmail,
    q.uploadedByUserId,
    q.createdAt,
    q.createdAt,
  );
  const id = Number(result.lastInsertRowid);
  const insertFile = stmt(
    db,
    `INSERT INTO questionnaire_files (questionnaire_id, name, stored_name, size, content_type, sha256, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const f of files)
    insertFile.run(id, f.name, f.storedName, f.size, f.contentType, f.sha256, q.createdAt);
  return id;
}

export function findQuestionnaire(db: Db, id: number): QuestionnaireRow | undefined {
  return stmt<QuestionnaireRow>(db, `SELECT ${COLUMNS} FROM questionnaires q WHERE q.id = ?`).get(id);
}

export function findQuestionnaireFile(db: Db, id: number): QuestionnaireFileRow | undefined {
  return stmt<QuestionnaireFileRow>(
    db,
    `SELECT ${FILE_COLUMNS} FROM questionnaire_files f WHERE f.id = ?`,
  ).get(id);
}

/** The files of these questionnaires, grouped by questionnaire, in upload order. */
export function filesOf(db: Db, questionnaireIds: number[]): Map<number, QuestionnaireFileRow[]> {
  const byParent = new Map<number, QuestionnaireFileRow[]>(questionnaireIds.map((id) => [id, []]));
  if (questionnaireIds.length === 0) return byParent;
  // One statement per page (at most 500 ids): bound parameters through json_each, so the SQL text is fixed.
  const rows = stmt<QuestionnaireFileRow>(
    db,
    `SELECT ${FILE_COLUMNS} FROM questionnaire_files f
     WHERE f.questionnaire_id IN (SELECT value FROM json_each(?)) ORDER BY f.questionnaire_id, f.id`,
  ).all(JSON.stringify(questionnaireIds));
  for (const row of rows) byParent.get(row.questionnaireId)?.push(row);
  return byParent;
}

/** A review's questionnaires, or the vendor-level ones (`securityReviewId: null`), newest first. */
export interface QuestionnaireScope {
  vendorId: number;
  securityReviewId: number | null;
}

function scopeSql(s: QuestionnaireScope) {
  return s.securityReviewId === null
    ? { parts: ['q.vendor_id = ?', 'q.security_review_id IS NULL'], params: [s.vendorId] }
    : { parts: ['q.vendor_id = ?', 'q.security_review_id = ?'], params: [s.vendorId, s.securityReviewId] };
}

export function listQuestionnaires(
  db: Db,
  scope: QuestionnaireScope,
  size: number,
  after?: KeyPosition,
): PageResult<QuestionnaireRow> {
  const { parts, params } = scopeSql(scope);
  const ks = keyset('q.created_at', 'q.id', 'DESC', after);
  const sql = `SELECT ${COLUMNS} FROM questionnaires q ${whereOf([...parts, ks.where])} ${ks.orderBy} LIMIT ?`;
  const rows = stmt<QuestionnaireRow>(db, sql).all(...params, ...ks.params, size + 1);
  return toPage(rows, size, (q) => ({ value: q.createdAt, id: q.id }));
}

export function countQuestionnaires(db: Db, scope: QuestionnaireScope): number {
  const { parts, params } = scopeSql(scope);
  const sql = `SELECT count(*) AS n FROM questionnaires q ${whereOf(parts)}`;
  return stmt<{ n: number }>(db, sql).get(...params)?.n ?? 0;
}
