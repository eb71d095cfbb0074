import { Badge } from '../../components/badge';
import type { ReviewStatus } from '../../contract/enums';
import { deadlineState, formatDate } from './deadline';
import styles from './review-table.module.css';

export function DeadlineCell({
  deadline,
  status,
  now,
}: {
  deadline: string;
  status: ReviewStatus;
  now?: Date;
}) {
  const state = deadlineState(deadline, status, now);
  return (
    <span className={styles.deadline}>
      <time dateTime={deadline}>{formatDate(deadline)}</time>
      {state === 'overdue' && <Badge tone="danger">Overdue</Badge>}
      {state === 'due-soon' && <Badge tone="warning">Due soon</Badge>}
    </span>
  );
}
