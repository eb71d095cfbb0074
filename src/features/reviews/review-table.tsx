import { Link } from 'react-router';
import { DecisionBadge, StatusBadge } from '../../components/badge';
import { Skeleton } from '../../components/skeleton';
import { TYPE_LABELS } from '../../contract/enums';
import type { ReviewListItem } from '../../contract/review';
import { displayName } from '../../contract/user';
import { paths } from '../../paths';
import { DeadlineCell } from './deadline-cell';
import styles from './review-table.module.css';

const COLUMNS = ['Title', 'Vendor', 'Type', 'Status', 'Decision', 'Reviewer', 'Deadline'] as const;

interface Props {
  reviews: ReviewListItem[] | undefined;
  /** Showing the previous filters' rows while the new ones load: dimmed, not replaced by a skeleton. */
  stale?: boolean;
  caption: string;
}

export function ReviewTable({ reviews, stale, caption }: Props) {
  return (
    <table
      className={styles.table}
      aria-busy={!reviews || stale ? true : undefined}
      data-stale={stale || undefined}
    >
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {COLUMNS.map((c) => (
            <th key={c} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{reviews ? reviews.map((r) => <ReviewRow key={r.id} review={r} />) : <SkeletonRows />}</tbody>
    </table>
  );
}

function ReviewRow({ review }: { review: ReviewListItem }) {
  const title = review.title?.trim() || 'Untitled review';
  return (
    <tr>
      <td className={styles.title}>
        <Link to={paths.review(review.vendorId, review.id)} title={title}>
          {title}
        </Link>
      </td>
      <td>{review.vendor?.name ?? `Vendor #${review.vendorId}`}</td>
      <td className={styles.muted}>{TYPE_LABELS[review.type]}</td>
      <td>
        <StatusBadge status={review.status} />
      </td>
      <td>
        <DecisionBadge decision={review.decision} />
      </td>
      <td>{review.user ? displayName(review.user) : <span className={styles.muted}>Unassigned</span>}</td>
      <td>
        <DeadlineCell deadline={review.reviewDeadlineAt} status={review.status} />
      </td>
    </tr>
  );
}

const WIDTHS = ['70%', '60%', '55%', 80, 70, '50%', 90];

function SkeletonRows() {
  return Array.from({ length: 8 }, (_, row) => (
    <tr key={row}>
      {WIDTHS.map((w, col) => (
        <td key={col}>
          <Skeleton width={w} height={12} />
        </td>
      ))}
    </tr>
  ));
}
