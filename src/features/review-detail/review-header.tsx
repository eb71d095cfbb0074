import { ArrowLeft } from 'lucide-react';
import { Link } from 'react-router';
import { Badge, DecisionBadge, StatusBadge } from '../../components/badge';
import { TYPE_LABELS } from '../../contract/enums';
import type { Review } from '../../contract/review';
import type { User } from '../../contract/user';
import { paths } from '../../paths';
import { formatDate, overdueDays, personName } from './format';
import { TitleEditor } from './title-editor';
import styles from './review-page.module.css';

interface Props {
  review: Review;
  vendorId: number;
  reviewId: number;
  vendorName: string;
  people: readonly User[] | undefined;
  lockedReason: string | null;
}

export function ReviewHeader({ review, vendorId, reviewId, vendorName, people, lockedReason }: Props) {
  const overdue = overdueDays(review);
  const reviewer =
    review.socReviewForm?.reviewerInformation.reviewer ??
    personName(review.userId, people, review.user ?? null);
  return (
    <header className={styles.header}>
      <Link to={paths.reviews()} className={styles.back}>
        <ArrowLeft size={14} aria-hidden="true" /> All reviews
      </Link>
      <TitleEditor review={review} vendorId={vendorId} reviewId={reviewId} lockedReason={lockedReason} />
      <div className={styles.badges}>
        <span className={styles.vendor}>{vendorName}</span>
        <span className={styles.sep} aria-hidden="true">
          ·
        </span>
        <span>{TYPE_LABELS[review.type]}</span>
        <StatusBadge status={review.status} />
        <span className={styles.badgeLabel}>
          Decision <DecisionBadge decision={review.decision} />
        </span>
        {overdue !== null && (
          <Badge tone="danger">
            Overdue by {overdue} {overdue === 1 ? 'day' : 'days'}
          </Badge>
        )}
      </div>
      <dl className={styles.meta}>
        <div>
          <dt>Requester</dt>
          <dd>{personName(review.requesterUserId, people, review.requesterUser ?? null)}</dd>
        </div>
        <div>
          <dt>Reviewer</dt>
          <dd>{reviewer ?? 'Not assigned'}</dd>
        </div>
        <div>
          <dt>Requested</dt>
          <dd>{formatDate(review.requestedAt)}</dd>
        </div>
        <div>
          <dt>Deadline</dt>
          <dd className={overdue !== null ? styles.late : undefined}>
            {formatDate(review.reviewDeadlineAt)}
            {overdue !== null && ' (overdue)'}
          </dd>
        </div>
      </dl>
      {review.note && (
        <div className={styles.note}>
          <h2 className={styles.noteTitle}>Note</h2>
          <p>{review.note}</p>
        </div>
      )}
    </header>
  );
}
