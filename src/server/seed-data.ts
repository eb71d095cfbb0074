import type { Decision, ReviewStatus, ReviewType } from '../contract/enums';
import type { SocFormData } from '../contract/soc-form';
import { DEMO_USERS, DEMO_VENDORS } from './seed-data/people';
import { demoReviews } from './seed-data/reviews';

/*
 * The demo data set, as pure data: no database, no I/O, and the same output for the same `now` (seed.ts writes
 * it into a new database). Dates are relative to `now` so a fresh demo always has overdue, due-soon and
 * far-off reviews. Content lives in ./seed-data/: people.ts, report-profiles*.ts, review-rows.ts.
 */

export interface DemoUser {
  email: string;
  firstName: string;
  lastName: string;
  role: 'reviewer' | 'manager' | 'auditor';
  jobTitle: string;
}

export interface DemoVendor {
  key: string;
  name: string;
  category: string;
  risk: 'LOW' | 'MODERATE' | 'HIGH' | 'CRITICAL';
  status: 'ACTIVE' | 'UNDER_REVIEW' | 'PROSPECTIVE' | 'ARCHIVED';
  isSubProcessor: boolean;
}

export interface DemoReview {
  vendorKey: string;
  title: string;
  type: ReviewType;
  status: ReviewStatus;
  decision: Decision;
  note: string | null;
  /** ISO timestamps with `Z`: requestedAt ≤ createdAt ≤ updatedAt ≤ now. */
  requestedAt: string;
  reviewDeadlineAt: string;
  createdAt: string;
  updatedAt: string;
  reviewerEmail: string | null;
  requesterEmail: string;
  /** SOC_REPORT only; reviewerInformation.reviewerUserId is null (seed.ts fills it from reviewerEmail). */
  socForm: SocFormData | null;
  /**
   * The latest finalize: set on every COMPLETED review, and kept on a reopened one (IN_PROGRESS with the
   * decision it was finalized with), as API.md's `finalization` is "of its latest finalize".
   */
  finalization: { decision: Decision; note: string | null; at: string; byEmail: string } | null;
}

export function demoData(now: Date): { users: DemoUser[]; vendors: DemoVendor[]; reviews: DemoReview[] } {
  return {
    users: DEMO_USERS.map((u) => ({ ...u })),
    vendors: DEMO_VENDORS.map((v) => ({ ...v })),
    reviews: demoReviews(now),
  };
}
