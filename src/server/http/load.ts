import type { Db } from '../store/db';
import { findReview, type ReviewRow } from '../store/reviews';
import { ROLE_PERMISSIONS } from '../../contract/permissions';
import { findUserById } from '../store/users';
import { findVendor, type VendorRow } from '../store/vendors';
import { badRequest, notFound } from './errors';
import { parseId } from './validate';

/* Resource loading for routes: 404 for anything missing, checked before the body is validated. */

export function loadVendor(db: Db, rawVendorId: string): VendorRow {
  const vendor = findVendor(db, parseId(rawVendorId));
  if (!vendor) throw notFound();
  return vendor;
}

/** The review, which must belong to the vendor of the path (else 404, as if it did not exist). */
export function loadReview(db: Db, rawVendorId: string, rawReviewId: string): ReviewRow {
  const vendor = loadVendor(db, rawVendorId);
  const review = findReview(db, parseId(rawReviewId));
  if (!review || review.vendorId !== vendor.id) throw notFound();
  return review;
}

/** A user id in a body must name a user: else 400 at the field's path. */
export function assertUserExists(db: Db, userId: number | null | undefined, path: string): void {
  if (userId === null || userId === undefined) return;
  if (!findUserById(db, userId)) throw badRequest([{ path, message: 'No user has this id' }]);
}

/**
 * A newly assigned reviewer must be an active user whose role may edit reviews (not an auditor, not disabled).
 * Keeping the reviewer already assigned is always allowed, so a later role change never blocks other edits.
 */
export function assertCanReview(
  db: Db,
  userId: number | null | undefined,
  currentId: number | null,
  path: string,
) {
  if (userId === null || userId === undefined || userId === currentId) return;
  const user = findUserById(db, userId);
  if (!user) throw badRequest([{ path, message: 'No user has this id' }]);
  if (user.disabledAt || !ROLE_PERMISSIONS[user.role].includes('vendors-put-security-review'))
    throw badRequest([{ path, message: 'This user cannot review: choose a reviewer or a manager' }]);
}
