import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Button } from '../../components/button';
import { can } from '../../contract/permissions';
import type { Review } from '../../contract/review';
import { meQuery } from '../auth/auth-queries';
import { reviewDetailQueries } from '../review-detail/review-detail-queries';
import { SECTION_TITLES } from '../soc-form/section-meta';
import { useDraftSections } from '../soc-form/use-draft-sections';
import { actionState } from './action-state';
import { FinalizeDialog } from './finalize-dialog';
import { ReopenDialog } from './reopen-dialog';
import styles from './review-actions.module.css';

/** Finalize and Reopen, always shown; a disabled one says why next to it. */
export function ReviewActions({
  review,
  vendorId,
  reviewId,
}: {
  review: Review;
  vendorId: number;
  reviewId: number;
}) {
  const me = useQuery(meQuery).data;
  const actions = useQuery(reviewDetailQueries.actions(vendorId, reviewId));
  const [open, setOpen] = useState<'finalize' | 'reopen' | null>(null);
  const allowed = can(me?.permissions, 'vendors-post-security-review-action');
  const offered = actions.isError ? null : actions.data?.data.map((a) => a.action);
  const drafts = useDraftSections(me ? { userId: me.id, reviewId } : null);
  const unsaved = drafts.map((s) => SECTION_TITLES[s]);
  const finalize = actionState({ action: 'finalize', offered, allowed, review, unsaved });
  const reopen = actionState({ action: 'reopen', offered, allowed, review });
  return (
    <div className={styles.actions}>
      <div className={styles.action}>
        <Button
          variant="primary"
          disabled={!finalize.enabled}
          aria-describedby={finalize.reason ? 'finalize-reason' : undefined}
          onClick={() => setOpen('finalize')}
        >
          Finalize
        </Button>
        {finalize.reason && (
          <span id="finalize-reason" className={styles.reason}>
            {finalize.reason}
          </span>
        )}
      </div>
      <div className={styles.action}>
        <Button
          disabled={!reopen.enabled}
          aria-describedby={reopen.reason ? 'reopen-reason' : undefined}
          onClick={() => setOpen('reopen')}
        >
          Reopen
        </Button>
        {reopen.reason && (
          <span id="reopen-reason" className={styles.reason}>
            {reopen.reason}
          </span>
        )}
      </div>
      <FinalizeDialog
        vendorId={vendorId}
        reviewId={reviewId}
        open={open === 'finalize'}
        onClose={() => setOpen(null)}
      />
      <ReopenDialog
        vendorId={vendorId}
        reviewId={reviewId}
        decision={review.decision}
        open={open === 'reopen'}
        onClose={() => setOpen(null)}
      />
    </div>
  );
}
