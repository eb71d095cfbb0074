import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Pencil } from 'lucide-react';
import { toast } from 'sonner';
import { ApiError, errorMessage, requestWithHeaders } from '../../api-client';
import { Button } from '../../components/button';
import { Review, UpdateReviewRequest } from '../../contract/review';
import { api } from '../../paths';
import { afterReviewWrite, ifMatch, withVersion } from './review-detail-queries';
import styles from './review-page.module.css';

interface Props {
  review: Review;
  vendorId: number;
  reviewId: number;
  /** Why the title cannot be edited now, or null when it can. */
  lockedReason: string | null;
}

/** The review's title as the page heading; a pencil turns it into an input (Enter saves, Escape cancels). */
export function TitleEditor({ review, vendorId, reviewId, lockedReason }: Props) {
  const client = useQueryClient();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: async (title: string) => {
      const cached = client.getQueryData<Review>(['reviews', 'detail', vendorId, reviewId]);
      const res = await requestWithHeaders(api.review(vendorId, reviewId), Review, {
        method: 'PUT',
        body: { title },
        headers: ifMatch(cached),
      });
      return withVersion(res.data, res.headers);
    },
    onSuccess: (saved) => {
      afterReviewWrite(client, vendorId, reviewId, saved);
      setDraft(null);
      toast.success('Title saved');
    },
    onError: (e) => {
      if (e instanceof ApiError && e.status === 409) afterReviewWrite(client, vendorId, reviewId, null);
      setError(e instanceof ApiError && e.fieldErrors[0] ? e.fieldErrors[0].message : errorMessage(e));
    },
  });

  const title = review.title?.trim() ? review.title : 'Untitled review';
  if (draft === null) {
    return (
      <div className={styles.titleRow}>
        <h1 className={styles.title}>{title}</h1>
        {lockedReason === null && (
          <button
            type="button"
            className="icon-button"
            aria-label="Edit title"
            onClick={() => {
              setError(null);
              setDraft(review.title ?? '');
            }}
          >
            <Pencil size={16} aria-hidden="true" />
          </button>
        )}
      </div>
    );
  }

  const save = () => {
    const parsed = UpdateReviewRequest.shape.title.safeParse(draft.trim());
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? 'Invalid title');
    setError(null);
    mutation.mutate(draft.trim());
  };
  const cancel = () => {
    setDraft(null);
    setError(null);
    mutation.reset();
  };
  return (
    <div className={styles.titleEdit}>
      <input
        type="text"
        aria-label="Review title"
        className={styles.titleInput}
        value={draft}
        maxLength={191}
        autoFocus
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'title-error' : 'title-hint'}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            save();
          } else if (e.key === 'Escape') {
            e.preventDefault();
            cancel();
          }
        }}
      />
      <Button variant="primary" size="small" onClick={save} disabled={mutation.isPending}>
        {mutation.isPending ? 'Saving…' : 'Save'}
      </Button>
      <Button size="small" onClick={cancel}>
        Cancel
      </Button>
      {error ? (
        <span id="title-error" className={styles.titleError} role="alert">
          {error}
        </span>
      ) : (
        <span id="title-hint" className="visually-hidden">
          Enter saves, Escape cancels.
        </span>
      )}
    </div>
  );
}
