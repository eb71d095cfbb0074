import { ApiError, errorMessage, request } from '../../api-client';
import { ActionResult, type ActionRequest, type Review } from '../../contract/review';
import { api } from '../../paths';
import { ifMatch } from '../review-detail/review-detail-queries';

/** POST …/actions with If-Match, so a finalize never lands on a review that changed under the manager. */
export function postAction(
  vendorId: number,
  reviewId: number,
  body: ActionRequest,
  cached: Review | undefined,
) {
  return request(api.actions(vendorId, reviewId), ActionResult, {
    method: 'POST',
    body,
    headers: ifMatch(cached),
  });
}

/** The sentence a dialog shows when an action fails. */
export function actionErrorMessage(error: unknown, verb: 'finalize' | 'reopen'): string {
  if (error instanceof ApiError) {
    if (error.status === 422) {
      return `This review cannot be ${verb === 'finalize' ? 'finalized' : 'reopened'} in its current state. It has been refreshed: check it and try again.`;
    }
    if (error.status === 409)
      return 'Someone else changed this review meanwhile. It has been refreshed: check it and try again.';
    if (error.status === 403) return `You are not allowed to ${verb} reviews.`;
    if (error.status === 400 && error.fieldErrors.length > 0)
      return error.fieldErrors.map((e) => e.message).join(' ');
  }
  return errorMessage(error);
}
