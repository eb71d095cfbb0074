import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { toast } from 'sonner';
import { Button } from '../../components/button';
import { Dialog, DialogActions } from '../../components/dialog';
import { Field } from '../../components/field';
import { DECISION_LABELS, FINALIZE_DECISIONS, type FinalizeDecision } from '../../contract/enums';
import { afterReviewWrite, reviewDetailQueries } from '../review-detail/review-detail-queries';
import { actionErrorMessage, postAction } from './post-action';
import styles from './review-actions.module.css';

const NOTE_MAX = 1000;

interface Props {
  vendorId: number;
  reviewId: number;
  open: boolean;
  onClose: () => void;
}

export function FinalizeDialog({ vendorId, reviewId, open, onClose }: Props) {
  const client = useQueryClient();
  const [decision, setDecision] = useState<FinalizeDecision | null>(null);
  const [note, setNote] = useState('');
  const [missingDecision, setMissingDecision] = useState(false);
  const mutation = useMutation({
    mutationFn: (d: FinalizeDecision) =>
      postAction(
        vendorId,
        reviewId,
        { action: 'finalize', decision: d, ...(note.trim() ? { note: note.trim() } : {}) },
        client.getQueryData(reviewDetailQueries.detail(vendorId, reviewId).queryKey),
      ),
    onSuccess: (result) => {
      afterReviewWrite(client, vendorId, reviewId, null);
      toast.success(result.message);
      close();
    },
    // The state changed under us (409/422): refresh what the page shows so the next try starts from the truth.
    onError: () => afterReviewWrite(client, vendorId, reviewId, null),
  });
  function close() {
    setDecision(null);
    setNote('');
    setMissingDecision(false);
    mutation.reset();
    onClose();
  }
  const submit = () => {
    if (!decision) return setMissingDecision(true);
    mutation.mutate(decision);
  };
  return (
    <Dialog open={open} onClose={close} title="Finalize review">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <fieldset
          className={styles.group}
          aria-describedby={missingDecision ? 'finalize-decision-error' : undefined}
        >
          <legend className={styles.legend}>Decision</legend>
          {FINALIZE_DECISIONS.map((d) => (
            <label key={d} className={styles.choice}>
              <input
                type="radio"
                name="decision"
                value={d}
                checked={decision === d}
                onChange={() => {
                  setDecision(d);
                  setMissingDecision(false);
                }}
              />
              {DECISION_LABELS[d]}
            </label>
          ))}
          {missingDecision && (
            <span id="finalize-decision-error" className={styles.error} role="alert">
              Choose a decision.
            </span>
          )}
        </fieldset>
        <Field label="Note" hint={`Optional; kept with the finalization. ${note.length}/${NOTE_MAX}`}>
          <textarea rows={4} maxLength={NOTE_MAX} value={note} onChange={(e) => setNote(e.target.value)} />
        </Field>
        <DialogActions error={mutation.isError ? actionErrorMessage(mutation.error, 'finalize') : null}>
          <Button onClick={close}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={mutation.isPending}>
            {mutation.isPending ? 'Finalizing…' : 'Finalize review'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
