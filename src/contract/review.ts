import { z } from 'zod';
import { Action, Decision, FinalizeDecision, ReviewStatus, ReviewType } from './enums';
import { Id, IsoDateTime } from './primitives';
import { page, PageQuery, queryArray } from './pagination';
import { SocFormSaveRequest, SocReviewFormResponse } from './soc-form';
import { UserCompact } from './user';
import { VendorCompact } from './vendor';

export const Finalization = z.object({
  decision: Decision,
  note: z.string().nullable(),
  at: IsoDateTime,
  byUserId: Id.nullable(),
});
export type Finalization = z.infer<typeof Finalization>;

/** A review as the API answers it. `version` and `finalization` are extensions a real Drata lacks. */
export const Review = z.object({
  id: Id,
  requestedAt: IsoDateTime,
  reviewDeadlineAt: IsoDateTime,
  decision: Decision,
  title: z.string().nullable(),
  note: z.string().nullable(),
  status: ReviewStatus,
  type: ReviewType,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  vendorId: Id,
  userId: Id.nullable(),
  requesterUserId: Id.nullable(),
  vendor: VendorCompact.optional(),
  user: UserCompact.nullable().optional(),
  requesterUser: UserCompact.nullable().optional(),
  _links: z.object({ self: z.object({ href: z.string() }) }).optional(),
  socReviewForm: SocReviewFormResponse.optional(),
  version: z.number().int().nonnegative().optional(),
  finalization: Finalization.nullable().optional(),
});
export type Review = z.infer<typeof Review>;
export const ReviewPage = page(Review);
export type ReviewPage = z.infer<typeof ReviewPage>;

/**
 * A review as the review list shows it. Parsing the API's answer with it keeps only these fields (zod drops
 * the rest), so the list neither validates nor holds the SOC forms that come with every review (tens of KB a
 * row once filled in), and the server-rendered page carries only what its rows need.
 */
export const ReviewListItem = Review.pick({
  id: true,
  vendorId: true,
  title: true,
  type: true,
  status: true,
  decision: true,
  reviewDeadlineAt: true,
  vendor: true,
  user: true,
});
export type ReviewListItem = z.infer<typeof ReviewListItem>;
export const ReviewListPage = page(ReviewListItem);
export type ReviewListPage = z.infer<typeof ReviewListPage>;

export const CreateReviewRequest = z.strictObject({
  reviewDeadlineAt: IsoDateTime,
  securityReviewStatus: ReviewStatus,
  securityReviewType: ReviewType,
  requestedAt: IsoDateTime.optional(),
  note: z.string().max(1000, 'Must be at most 1000 characters').nullable().optional(),
  requesterUserId: Id.nullable().optional(),
  title: z.string().max(191, 'Must be at most 191 characters').nullable().optional(),
});
export type CreateReviewRequest = z.infer<typeof CreateReviewRequest>;

export const UpdateReviewRequest = z.strictObject({
  title: z
    .string()
    .max(191, 'Must be at most 191 characters')
    .refine((s) => s.trim().length > 0, 'A title cannot be empty')
    .optional(),
  socForm: SocFormSaveRequest.optional(),
});
export type UpdateReviewRequest = z.infer<typeof UpdateReviewRequest>;

export const REVIEW_SORTS = ['createdAt', 'updatedAt', 'reviewDeadlineAt', 'title'] as const;
export const ReviewSort = z.enum(REVIEW_SORTS);
export type ReviewSort = z.infer<typeof ReviewSort>;
export const SortDir = z.enum(['ASC', 'DESC']);
export type SortDir = z.infer<typeof SortDir>;

const DateOrDateTime = z.union([IsoDateTime, z.iso.date()], { message: 'Must be a date or date-time' });

/** Filters shared by operations 1 and 2. Keys are spelled as on the wire (`status[]`). */
const reviewFilters = {
  sort: ReviewSort.default('createdAt'),
  sortDir: SortDir.default('DESC'),
  'status[]': queryArray(ReviewStatus).optional(),
  'type[]': queryArray(ReviewType).optional(),
  'decision[]': queryArray(Decision).optional(),
  createdAtFrom: DateOrDateTime.optional(),
  createdAtTo: DateOrDateTime.optional(),
  updatedAtFrom: DateOrDateTime.optional(),
  updatedAtTo: DateOrDateTime.optional(),
  q: z.string().max(200, 'Must be at most 200 characters').optional(),
};

export const VendorReviewListQuery = PageQuery.extend({
  ...reviewFilters,
  'expand[]': queryArray(z.enum(['user', 'requesterUser'])).optional(),
});
export type VendorReviewListQuery = z.infer<typeof VendorReviewListQuery>;

export const ReviewListQuery = PageQuery.extend({
  ...reviewFilters,
  'expand[]': queryArray(z.enum(['user', 'requesterUser', 'vendor'])).optional(),
  'vendorIds[]': queryArray(z.coerce.number().int().positive()).optional(),
});
export type ReviewListQuery = z.infer<typeof ReviewListQuery>;

export const ActionsResponse = z.object({ data: z.array(z.object({ action: Action })) });
export type ActionsResponse = z.infer<typeof ActionsResponse>;

export const ActionRequest = z
  .strictObject({
    action: Action,
    decision: FinalizeDecision.optional(),
    note: z.string().max(1000, 'Must be at most 1000 characters').optional(),
    resetDecision: z.boolean().optional(),
  })
  .superRefine((body, ctx) => {
    if (body.action === 'reopen') {
      for (const key of ['decision', 'note'] as const) {
        if (body[key] !== undefined)
          ctx.addIssue({ code: 'custom', path: [key], message: 'Only valid with finalize' });
      }
    } else if (body.resetDecision !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['resetDecision'], message: 'Only valid with reopen' });
    }
  });
export type ActionRequest = z.infer<typeof ActionRequest>;

export const ActionResult = z.object({
  success: z.boolean(),
  newStatus: ReviewStatus.optional(),
  message: z.string(),
});
export type ActionResult = z.infer<typeof ActionResult>;
