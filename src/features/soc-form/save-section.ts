import { ApiError, NetworkError, errorMessage, requestWithHeaders } from '../../api-client';
import { Review } from '../../contract/review';
import { formDataFromResponse, type SocSection } from '../../contract/soc-form';
import { api } from '../../paths';
import { withVersion } from '../review-detail/review-detail-queries';
import { toFormValues, type SectionIn, type SectionOut } from './form-values';
import { mapServerErrors } from './server-errors';

export interface SaveArgs<K extends SocSection> {
  section: K;
  values: SectionOut<K>;
  /** The form's values when the save was asked for: edits made while it runs are told apart by comparing. */
  sentForm: SectionIn<K>;
  /** Where the user goes after a successful save ("Save and continue"), if anywhere. */
  next: boolean;
}

/**
 * PUT only this section (lists whole: `X-List-Mode: replace` makes a list sent replace the stored one), guarded by
 * If-Match with the version the edits started from, so a concurrent edit is a 409 instead of a silent overwrite.
 */
export async function putSection<K extends SocSection>(
  vendorId: number,
  reviewId: number,
  section: K,
  values: SectionOut<K>,
  version: number | undefined,
): Promise<Review> {
  const res = await requestWithHeaders(api.review(vendorId, reviewId), Review, {
    method: 'PUT',
    body: { socForm: { [section]: values } },
    headers: { 'X-List-Mode': 'replace', ...(version === undefined ? {} : { 'If-Match': `"${version}"` }) },
  });
  return withVersion(res.data, res.headers);
}

/** The section's values in a review, as the form holds them (null when the review has no SOC form). */
export function sectionOf<K extends SocSection>(section: K, review: Review): SectionIn<K> | null {
  return review.socReviewForm
    ? toFormValues(section, formDataFromResponse(review.socReviewForm)[section])
    : null;
}

/** Someone else saved this section since the user's edits began: they choose what to keep. */
export class SaveConflict extends Error {
  constructor(readonly current: Review) {
    super('Someone else changed this section');
    this.name = 'SaveConflict';
  }
}

/** The review was finalized meanwhile: nothing can be saved until it is reopened. */
export class ReviewCompleted extends Error {
  constructor(readonly current: Review) {
    super('This review was finalized');
    this.name = 'ReviewCompleted';
  }
}

/** The server's review from a 409 body, when it sent one that parses. */
export function conflictCurrent(error: unknown): Review | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  const parsed = Review.safeParse(error.current);
  return parsed.success ? parsed.data : null;
}

export type SaveProblem =
  | { kind: 'invalid'; messages: string[]; fields: { name: string; message: string }[] }
  | { kind: 'completed'; message: string };

/** The problems shown in a banner above the buttons (the others are a line of save status). */
export function describeSaveProblem(section: SocSection, error: unknown): SaveProblem | null {
  if (error instanceof ApiError && error.status === 400) {
    const mapped = mapServerErrors(section, error.fieldErrors);
    const messages = mapped.other.length || mapped.fields.length ? mapped.other : [error.message];
    return { kind: 'invalid', messages, fields: mapped.fields };
  }
  if (error instanceof ReviewCompleted) {
    return {
      kind: 'completed',
      message:
        'This review was finalized while you were editing, so your changes cannot be saved. They are kept in ' +
        'this browser: once a manager reopens the review, come back to this section and save them.',
    };
  }
  return null;
}

/** Why a save failed, in a few words after "Not saved: " (no final period), and whether trying again can help. */
export function saveFailure(error: unknown): { reason: string; canRetry: boolean } {
  if (error instanceof NetworkError) return { reason: 'the server cannot be reached', canRetry: true };
  if (error instanceof SaveConflict) return { reason: 'someone else changed this section', canRetry: false };
  if (error instanceof ReviewCompleted) return { reason: 'the review was finalized', canRetry: false };
  if (error instanceof ApiError) {
    if (error.status === 400) return { reason: 'some answers need fixing', canRetry: false };
    if (error.status >= 500) return { reason: 'the server had a problem', canRetry: true };
    if (error.status === 429) return { reason: 'too many requests; wait a moment', canRetry: true };
    const sentence = errorMessage(error);
    return {
      reason: sentence.charAt(0).toLowerCase() + sentence.slice(1).replace(/\.$/, ''),
      canRetry: false,
    };
  }
  return { reason: 'something went wrong', canRetry: true };
}
