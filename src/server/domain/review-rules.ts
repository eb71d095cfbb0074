import { computeCompleteness } from '../../contract/completeness';
import type { Action } from '../../contract/enums';
import type { ActionRequest, UpdateReviewRequest } from '../../contract/review';
import { emptySocForm } from '../../contract/soc-form';
import type { ReviewRow } from '../store/reviews';
import { mergeSocForm, type ListMode } from './merge-soc-form';

/** API.md, Actions: what the review's state offers (whoever asks). */
export function offeredActions(row: ReviewRow): Action[] {
  if (row.status === 'COMPLETED') return ['reopen'];
  if (row.status === 'NOT_REQUIRED') return [];
  if (row.type === 'SOC_REPORT') {
    const ready = computeCompleteness(row.socForm ?? emptySocForm()).readyToFinalize;
    return ready ? ['finalize'] : [];
  }
  return ['finalize'];
}

/**
 * The review after a save, or null when the save changes nothing (`{}`, or values equal to the stored ones):
 * that is not an edit, so no version, status or updatedAt change.
 */
export function applyUpdate(
  current: ReviewRow,
  body: UpdateReviewRequest,
  listMode: ListMode,
  now: string,
): ReviewRow | null {
  const next: ReviewRow = { ...current };
  if (body.title !== undefined) next.title = body.title;
  // socForm on a review that is not SOC_REPORT is ignored (API.md, Saving).
  if (body.socForm && current.type === 'SOC_REPORT') {
    next.socForm = mergeSocForm(current.socForm ?? emptySocForm(), body.socForm, listMode);
    next.reviewerUserId = next.socForm.reviewerInformation.reviewerUserId;
  }
  const changed =
    next.title !== current.title || JSON.stringify(next.socForm) !== JSON.stringify(current.socForm);
  if (!changed) return null;
  next.version = current.version + 1;
  next.updatedAt = now;
  if (current.status === 'NOT_YET_STARTED') next.status = 'IN_PROGRESS';
  return next;
}

export const ACTION_MESSAGES = {
  finalize: 'Security review finalized successfully',
  reopen: 'Security review reopened successfully',
} as const;

/** Applies an offered action (the caller checked `offeredActions`). */
export function applyAction(
  current: ReviewRow,
  body: ActionRequest,
  byUserId: number,
  now: string,
): ReviewRow {
  const next: ReviewRow = { ...current, version: current.version + 1, updatedAt: now };
  if (body.action === 'finalize') {
    const decision = body.decision ?? 'APPROVED';
    next.status = 'COMPLETED';
    next.decision = decision;
    next.finalization = { decision, note: body.note ?? null, at: now, byUserId };
  } else {
    next.status = 'IN_PROGRESS';
    if (body.resetDecision === true) next.decision = 'PENDING';
  }
  return next;
}
