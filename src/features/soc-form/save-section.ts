import { ApiError, NetworkError, errorMessage, requestWithHeaders } from '../../api-client';
import { Review } from '../../contract/review';
import type { SocSection } from '../../contract/soc-form';
import { api } from '../../paths';
import { ifMatch, withVersion } from '../review-detail/review-detail-queries';
import { mapServerErrors } from './server-errors';
import type { SectionOut } from './form-values';

export interface SaveArgs<K extends SocSection> {
  section: K;
  values: SectionOut<K>;
  /** Where the user goes after a successful save ("Save and continue"), if anywhere. */
  next: boolean;
}

/**
 * PUT only this section (lists whole: `X-List-Mode: replace` makes a list sent replace the stored one), guarded by
 * If-Match so a concurrent edit is a 409 instead of a silent overwrite.
 */
export async function putSection<K extends SocSection>(
  vendorId: number,
  reviewId: number,
  section: K,
  values: SectionOut<K>,
  cached: Review | undefined,
): Promise<Review> {
  const res = await requestWithHeaders(api.review(vendorId, reviewId), Review, {
    method: 'PUT',
    body: { socForm: { [section]: values } },
    headers: { 'X-List-Mode': 'replace', ...ifMatch(cached) },
  });
  return withVersion(res.data, res.headers);
}

export type SaveProblem =
  | { kind: 'invalid'; messages: string[]; fields: { name: string; message: string }[] }
  | { kind: 'conflict'; current: Review | null; message: string }
  | { kind: 'network'; message: string }
  | { kind: 'other'; message: string };

/** What went wrong with a save, in the terms the form shows it. */
export function describeSaveError(section: SocSection, error: unknown): SaveProblem {
  if (error instanceof NetworkError) return { kind: 'network', message: error.message };
  if (error instanceof ApiError && error.status === 400) {
    const mapped = mapServerErrors(section, error.fieldErrors);
    const messages = mapped.other.length || mapped.fields.length ? mapped.other : [error.message];
    return { kind: 'invalid', messages, fields: mapped.fields };
  }
  if (error instanceof ApiError && error.status === 409) {
    const parsed = Review.safeParse(error.current);
    const current = parsed.success ? parsed.data : null;
    const message =
      current?.status === 'COMPLETED'
        ? 'This review was finalized while you were editing. Your changes are not saved.'
        : 'Someone else saved this review while you were editing. Your changes are not saved yet.';
    return { kind: 'conflict', current, message };
  }
  return { kind: 'other', message: errorMessage(error) };
}
