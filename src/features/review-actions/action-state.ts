import type { Action } from '../../contract/enums';
import type { Review } from '../../contract/review';
import { SOC_SECTIONS } from '../../contract/soc-form';

export interface ActionState {
  enabled: boolean;
  /** Why the button is disabled, in words shown next to it; null when enabled. */
  reason: string | null;
}

interface Input {
  action: Action;
  /** The actions GET …/actions offers; undefined while loading, null when it failed. */
  offered: readonly Action[] | undefined | null;
  /** The caller holds vendors-post-security-review-action. */
  allowed: boolean;
  review: Review;
  /** Titles of the form sections with this user's unsaved edits: finalizing would leave them out. */
  unsaved?: readonly string[];
}

/** "A", "A and B", "A, B and C". */
function listOf(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** Enabled only when the server offers the action AND the user may perform it; otherwise say why. */
export function actionState({ action, offered, allowed, review, unsaved = [] }: Input): ActionState {
  const verb = action === 'finalize' ? 'finalize' : 'reopen';
  if (!allowed) return { enabled: false, reason: `Only managers can ${verb} reviews` };
  if (offered === undefined) return { enabled: false, reason: 'Checking what this review allows…' };
  if (offered === null) return { enabled: false, reason: 'Could not load the available actions' };
  if (offered.includes(action)) {
    // The server finalizes what it has: edits still in the form would be left out, so they come first.
    if (action === 'finalize' && unsaved.length > 0)
      return { enabled: false, reason: `Save or discard your changes in ${listOf(unsaved)} first` };
    return { enabled: true, reason: null };
  }
  if (action === 'reopen') return { enabled: false, reason: 'Only completed reviews can be reopened' };
  if (review.status === 'COMPLETED') return { enabled: false, reason: 'This review is already finalized' };
  if (review.status === 'NOT_REQUIRED')
    return { enabled: false, reason: 'Reviews marked Not required are not finalized' };
  const form = review.socReviewForm;
  if (review.type === 'SOC_REPORT' && form && !form.readyToFinalize) {
    const done = SOC_SECTIONS.filter((s) => form[s].isComplete).length;
    return {
      enabled: false,
      reason: `Complete all sections to finalize (${done} of ${SOC_SECTIONS.length} complete)`,
    };
  }
  return { enabled: false, reason: 'Not available in the review’s current state' };
}
