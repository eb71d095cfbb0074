import { Badge } from '../../components/badge';
import type { ReviewStatus } from '../../contract/enums';
import { useNow } from '../../render-time';
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
  const clock = useNow();
  const state = deadlineState(deadline, status, now ?? clock);
  return (
    <span className={styles.deadline}>
      <time dateTime={deadline}>{formatDate(deadline)}</time>
      {state === 'overdue' && <Badge tone="danger">Overdue</Badge>}
      {state === 'due-soon' && <Badge tone="warning">Due soon</Badge>}
    </span>
  );
}
