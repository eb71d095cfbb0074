import { Skeleton } from '../../components/skeleton';
import styles from './app-skeleton.module.css';

/** Shown while /auth/me answers: the shape of the shell, no spinner, no text to flash. */
export function AppSkeleton() {
  return (
    <div className={styles.shell} role="status" aria-busy="true">
      <span className="visually-hidden">Loading SOC Review…</span>
      <div className={styles.header}>
        <Skeleton width={120} height={18} />
        <Skeleton width={70} height={14} />
        <span className={styles.spacer} />
        <Skeleton width={140} height={14} />
      </div>
      <div className={styles.body}>
        <Skeleton width={180} height={22} />
        <Skeleton width="100%" height={34} />
        {Array.from({ length: 6 }, (_, i) => (
          <Skeleton key={i} width="100%" height={18} />
        ))}
      </div>
    </div>
  );
}
