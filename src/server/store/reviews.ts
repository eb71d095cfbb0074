import type { Decision, ReviewStatus, ReviewType } from '../../contract/enums';
import type { Finalization } from '../../contract/review';
import type { SocFormData } from '../../contract/soc-form';
import { stmt, type Db } from './db';

export interface ReviewRow {
  id: number;
  vendorId: number;
  vendorName: string;
  title: string | null;
  note: string | null;
  status: ReviewStatus;
  type: ReviewType;
  decision: Decision;
  requestedAt: string;
  reviewDeadlineAt: string;
  createdAt: string;
  updatedAt: string;
  /** The assigned reviewer (`userId`); for SOC reviews it mirrors `socForm.reviewerInformation.reviewerUserId`. */
  reviewerUserId: number | null;
  requesterUserId: number | null;
  /** SOC_REPORT reviews only. */
  socForm: SocFormData | null;
  version: number;
  finalization: Finalization | null;
}

type RawReview = Omit<ReviewRow, 'socForm' | 'finalization'> & {
  socForm: string | null;
  finalDecision: Decision | null;
  finalNote: string | null;
  finalAt: string | null;
  finalByUserId: number | null;
};

/* Explicit columns: in the join, `v.id`/`v.created_at` would otherwise overwrite the review's own. */
export const REVIEW_COLUMNS = `r.id, r.vendor_id AS vendorId, v.name AS vendorName, r.title, r.note, r.status, r.type,
  r.decision, r.requested_at AS requestedAt, r.review_deadline_at AS reviewDeadlineAt, r.created_at AS createdAt,
  r.updated_at AS updatedAt, r.reviewer_user_id AS reviewerUserId, r.requester_user_id AS requesterUserId,
  r.soc_form AS socForm, r.version, r.final_decision AS finalDecision, r.final_note AS finalNote,
  r.final_at AS finalAt, r.final_by_user_id AS finalByUserId`;
export const REVIEW_FROM = 'FROM reviews r JOIN vendors v ON v.id = r.vendor_id';

/**
 * The stored form is read as it was written, without validating it again: every write path builds it from a
 * validated save (merge-soc-form.ts) or emptySocForm(), and re-parsing each form on each read cost more than
 * the rest of a list page's rows together.
 */
function storedForm(text: string): SocFormData {
  return JSON.parse(text) as SocFormData;
}

export function reviewFromRaw(raw: RawReview): ReviewRow {
  const { finalDecision, finalNote, finalAt, finalByUserId, socForm, ...rest } = raw;
  return {
    ...rest,
    socForm: socForm === null ? null : storedForm(socForm),
    finalization:
      finalDecision && finalAt
        ? { decision: finalDecision, note: finalNote, at: finalAt, byUserId: finalByUserId }
        : null,
  };
}

export function queryReviews(db: Db, sql: string, params: unknown[]): ReviewRow[] {
  return stmt<RawReview>(db, sql)
    .all(...params)
    .map(reviewFromRaw);
}

export function findReview(db: Db, id: number): ReviewRow | undefined {
  const raw = stmt<RawReview>(db, `SELECT ${REVIEW_COLUMNS} ${REVIEW_FROM} WHERE r.id = ?`).get(id);
  return raw && reviewFromRaw(raw);
}

/** Reviews by id, in no particular order (missing ids are simply absent). */
export function findReviews(db: Db, ids: readonly number[]): ReviewRow[] {
  if (ids.length === 0) return [];
  const marks = ids.map(() => '?').join(', ');
  return queryReviews(db, `SELECT ${REVIEW_COLUMNS} ${REVIEW_FROM} WHERE r.id IN (${marks})`, [...ids]);
}

export type NewReview = Omit<ReviewRow, 'id' | 'vendorName' | 'version' | 'finalization'> & {
  finalization?: Finalization | null;
};

export function insertReview(db: Db, r: NewReview): number {
  const result = stmt(
    db,
    `INSERT INTO reviews (vendor_id, title, note, status, type, decision, requested_at, review_deadline_at,
       created_at, updated_at, reviewer_user_id, requester_user_id, soc_form, version,
       final_decision, final_note, final_at, final_by_user_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)`,
  ).run(
    r.vendorId,
    r.title,
    r.note,
    r.status,
    r.type,
    r.decision,
    r.requestedAt,
    r.reviewDeadlineAt,
    r.createdAt,
    r.updatedAt,
    r.reviewerUserId,
    r.requesterUserId,
    r.socForm === null ? null : JSON.stringify(r.socForm),
    r.finalization?.decision ?? null,
    r.finalization?.note ?? null,
    r.finalization?.at ?? null,
    r.finalization?.byUserId ?? null,
  );
  return Number(result.lastInsertRowid);
}

/** Writes every mutable field of `r` (call inside `immediate()` after the version check). */
export function updateReview(db: Db, r: ReviewRow): void {
  stmt(
    db,
    `UPDATE reviews SET title = ?, status = ?, decision = ?, updated_at = ?, reviewer_user_id = ?,
       requester_user_id = ?, soc_form = ?, version = ?, final_decision = ?, final_note = ?, final_at = ?,
       final_by_user_id = ?
     WHERE id = ?`,
  ).run(
    r.title,
    r.status,
    r.decision,
    r.updatedAt,
    r.reviewerUserId,
    r.requesterUserId,
    r.socForm === null ? null : JSON.stringify(r.socForm),
    r.version,
    r.finalization?.decision ?? null,
    r.finalization?.note ?? null,
    r.finalization?.at ?? null,
    r.finalization?.byUserId ?? null,
    r.id,
  );
}
