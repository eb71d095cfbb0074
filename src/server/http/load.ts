import type { Db } from '../store/db';
import { findReview, type ReviewRow } from '../store/reviews';
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
