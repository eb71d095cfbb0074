import type { ReviewStatus, ReviewType } from '../../contract/enums';
import { Review } from '../../contract/review';
import type { TestApp } from './harness';

/** Creates a review through the real API (as the reviewer) and returns the parsed answer. */
export async function createReview(
  t: TestApp,
  vendorId: number,
  fields: { title?: string; type?: ReviewType; status?: ReviewStatus; reviewDeadlineAt?: string } = {},
): Promise<Review> {
  const res = await t.app.inject({
    method: 'POST',
    url: `/public/v2/vendors/${vendorId}/security-reviews`,
    headers: t.bearer('reviewer'),
    payload: {
      title: fields.title ?? 'Annual review',
      securityReviewType: fields.type ?? 'SOC_REPORT',
      securityReviewStatus: fields.status ?? 'NOT_YET_STARTED',
      reviewDeadlineAt: fields.reviewDeadlineAt ?? '2030-01-31T00:00:00Z',
    },
  });
  if (res.statusCode !== 201) throw new Error(`create failed: ${res.statusCode} ${res.body}`);
  return Review.parse(res.json());
}

/** A save that makes a SOC form ready to finalize. */
export const COMPLETE_FORM = (reviewerUserId: number) => ({
  reviewerInformation: { reviewerUserId, reportIssueDate: '2025-03-01' },
  complianceScope: {
    certification: 'SOC_2',
    scopeType: 'TYPE_2',
    auditPeriodRange: { start: '2024-01-01', end: '2024-12-31' },
    trustServiceCriteria: ['SECURITY', 'AVAILABILITY'],
  },
  reportOpinion: { reportOpinion: 'UNQUALIFIED', encompassBusinessNeeds: true },
  servicesAndLocations: { services: [{ name: 'Payroll processing' }] },
  cpaFirm: { cpaFirm: 'Example CPA LLP' },
});
