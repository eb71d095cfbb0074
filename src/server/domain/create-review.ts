import type { ReviewStatus, ReviewType } from '../../contract/enums';
import { emptySocForm } from '../../contract/soc-form';
import type { Db } from '../store/db';
import { findReview, insertReview, type ReviewRow } from '../store/reviews';

export interface CreateReviewFields {
  title?: string | null | undefined;
  note?: string | null | undefined;
  securityReviewStatus: ReviewStatus;
  securityReviewType: ReviewType;
  reviewDeadlineAt: string;
  requestedAt?: string | undefined;
  requesterUserId?: number | null | undefined;
}

/**
 * Inserts a new review (operations 3 and 4): decision PENDING, requester defaulting to the caller, an empty
 * SOC form for SOC_REPORT. Validation (and the requester's existence) is the caller's job; run it inside a
 * transaction when it must commit together with something else (the with-file upload).
 */
export function createReview(
  db: Db,
  vendorId: number,
  f: CreateReviewFields,
  callerId: number,
  now: Date,
): ReviewRow {
  const at = now.toISOString();
  const id = insertReview(db, {
    vendorId,
    title: f.title ?? null,
    note: f.note ?? null,
    status: f.securityReviewStatus,
    type: f.securityReviewType,
    decision: 'PENDING',
    requestedAt: f.requestedAt ? new Date(f.requestedAt).toISOString() : at,
    reviewDeadlineAt: new Date(f.reviewDeadlineAt).toISOString(),
    createdAt: at,
    updatedAt: at,
    reviewerUserId: null,
    requesterUserId: f.requesterUserId ?? callerId,
    socForm: f.securityReviewType === 'SOC_REPORT' ? emptySocForm() : null,
  });
  const row = findReview(db, id);
  if (!row) throw new Error('The review just created could not be read back');
  return row;
}
