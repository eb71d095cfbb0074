import { computeCompleteness } from '../../contract/completeness';
import type { Review } from '../../contract/review';
import type { SocFormData, SocReviewFormResponse } from '../../contract/soc-form';
import { displayName, type UserCompact } from '../../contract/user';
import { paths } from '../../paths';
import type { Db } from '../store/db';
import type { ReviewRow } from '../store/reviews';
import { findUserById, type UserRow } from '../store/users';

export type ReviewExpand = 'user' | 'requesterUser' | 'vendor';

/** Per-response lookups, so a list page reads each user once. */
export class ViewContext {
  private users = new Map<number, UserRow | undefined>();
  constructor(
    readonly db: Db,
    readonly expand: readonly ReviewExpand[] = [],
  ) {}

  user(id: number | null): UserRow | undefined {
    if (id === null) return undefined;
    if (!this.users.has(id)) this.users.set(id, findUserById(this.db, id));
    return this.users.get(id);
  }
}

export function userCompact(u: UserRow): UserCompact {
  return {
    id: u.id,
    email: u.email,
    firstName: u.firstName,
    lastName: u.lastName,
    createdAt: u.createdAt,
    updatedAt: u.updatedAt,
  };
}

function socReviewForm(form: SocFormData, reviewer: UserRow | undefined): SocReviewFormResponse {
  const c = computeCompleteness(form);
  return {
    readyToFinalize: c.readyToFinalize,
    reviewerInformation: {
      ...c.reviewerInformation,
      reviewer: reviewer ? displayName(reviewer) : null,
      reviewerUserId: form.reviewerInformation.reviewerUserId,
      reportIssueDate: form.reviewerInformation.reportIssueDate,
    },
    complianceScope: { ...c.complianceScope, ...form.complianceScope },
    reportOpinion: { ...c.reportOpinion, ...form.reportOpinion },
    findings: { ...c.findings, ...form.findings },
    endUserControls: { ...c.endUserControls, ...form.endUserControls },
    servicesAndLocations: { ...c.servicesAndLocations, ...form.servicesAndLocations },
    cpaFirm: { ...c.cpaFirm, ...form.cpaFirm },
    subserviceOrganizations: { ...c.subserviceOrganizations, ...form.subserviceOrganizations },
  };
}

/** A stored review as the API answers it (API.md: version, _links, finalization, socReviewForm). */
export function reviewView(row: ReviewRow, ctx: ViewContext): Review {
  const userId = row.type === 'SOC_REPORT' ? row.reviewerUserId : null;
  const review: Review = {
    id: row.id,
    requestedAt: row.requestedAt,
    reviewDeadlineAt: row.reviewDeadlineAt,
    decision: row.decision,
    title: row.title,
    note: row.note,
    status: row.status,
    type: row.type,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    vendorId: row.vendorId,
    userId,
    requesterUserId: row.requesterUserId,
    _links: { self: { href: paths.review(row.vendorId, row.id) } },
    version: row.version,
    finalization: row.finalization,
  };
  if (ctx.expand.includes('vendor')) review.vendor = { id: row.vendorId, name: row.vendorName };
  if (ctx.expand.includes('user')) review.user = mapOrNull(ctx.user(userId));
  if (ctx.expand.includes('requesterUser')) review.requesterUser = mapOrNull(ctx.user(row.requesterUserId));
  if (row.type === 'SOC_REPORT' && row.socForm) {
    review.socReviewForm = socReviewForm(
      row.socForm,
      ctx.user(row.socForm.reviewerInformation.reviewerUserId),
    );
  }
  return review;
}

function mapOrNull(u: UserRow | undefined): UserCompact | null {
  return u ? userCompact(u) : null;
}

export function etag(version: number): string {
  return `"${version}"`;
}
