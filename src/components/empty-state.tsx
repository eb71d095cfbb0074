import type { ReactNode } from 'react';
import styles from './states.module.css';

/** Nothing to show, said kindly, with the next step when there is one. */
export function EmptyState({
  title,
  message,
  action,
  icon,
}: {
  title: ReactNode;
  message?: ReactNode;
  action?: ReactNode;
  icon?: ReactNode;
}) {
  return (
    <div className={styles.state}>
      {icon}
      <p className={styles.title}>{title}</p>
      {message && <p className={styles.message}>{message}</p>}
      {action && <div className={styles.actions}>{action}</div>}
    </div>
  );
}
