import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { toast } from 'sonner';
import { Button } from '../../components/button';
import { Dialog, DialogActions } from '../../components/dialog';
import { DECISION_LABELS, type Decision } from '../../contract/enums';
import { afterReviewWrite, reviewDetailQueries } from '../review-detail/review-detail-queries';
import { actionErrorMessage, postAction } from './post-action';
import styles from './review-actions.module.css';

interface Props {
  vendorId: number;
  reviewId: number;
  decision: Decision;
  open: boolean;
  onClose: () => void;
}

export function ReopenDialog({ vendorId, reviewId, decision, open, onClose }: Props) {
  const client = useQueryClient();
  const [resetDecision, setResetDecision] = useState(false);
  const mutation = useMutation({
    mutationFn: () =>
      postAction(
        vendorId,
        reviewId,
        { action: 'reopen', resetDecision },
        client.getQueryData(reviewDetailQueries.detail(vendorId, reviewId).queryKey),
      ),
    onSuccess: (result) => {
      afterReviewWrite(client, vendorId, reviewId, null);
      toast.success(result.message);
      close();
    },
    onError: () => afterReviewWrite(client, vendorId, reviewId, null),
  });
  function close() {
    setResetDecision(false);
    mutation.reset();
    onClose();
  }
  return (
    <Dialog open={open} onClose={close} title="Reopen review">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          mutation.mutate();
        }}
      >
        <p className={styles.text}>
          The review goes back to <strong>In progress</strong> and its form can be edited again. The current
          decision is <strong>{DECISION_LABELS[decision]}</strong>.
        </p>
        <label className={styles.choice}>
          <input
            type="checkbox"
            checked={resetDecision}
            onChange={(e) => setResetDecision(e.target.checked)}
          />
          Reset decision to Pending
        </label>
        <DialogActions error={mutation.isError ? actionErrorMessage(mutation.error, 'reopen') : null}>
          <Button onClick={close}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={mutation.isPending}>
            {mutation.isPending ? 'Reopening…' : 'Reopen review'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
