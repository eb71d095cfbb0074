import { Link } from 'react-router';
import { ApiError, errorMessage } from '../../api-client';
import { Button } from '../../components/button';
import { paths } from '../../paths';
import styles from './review-page.module.css';

/** Shapes of the page while the review loads, so nothing jumps when it arrives. */
export function DetailSkeleton() {
  return (
    <div className={styles.page} aria-busy="true">
      <p role="status" className="visually-hidden">
        Loading review…
      </p>
      <div className={styles.header} aria-hidden="true">
        <div className={styles.skeleton} style={{ width: 90, height: 12 }} />
        <div className={styles.skeleton} style={{ width: '45%', height: 26, marginTop: 12 }} />
        <div className={styles.skeleton} style={{ width: '30%', height: 14, marginTop: 12 }} />
      </div>
      <div className={styles.layout} aria-hidden="true">
        <div className={styles.skeleton} style={{ height: 300 }} />
        <div className={styles.skeleton} style={{ height: 420 }} />
        <div className={styles.skeleton} style={{ height: 200 }} />
      </div>
    </div>
  );
}

export function ReviewNotFound() {
  return (
    <div className={styles.page}>
      <div className={styles.stateCard}>
        <h1 className={styles.stateTitle}>This review does not exist</h1>
        <p>It may have been removed, or the link is wrong.</p>
        <Link to={paths.reviews()}>Back to all reviews</Link>
      </div>
    </div>
  );
}

export function ReviewLoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  // A 403 will not change on retry: say what it means instead of offering one.
  if (error instanceof ApiError && error.status === 403) {
    return (
      <div className={styles.page}>
        <div className={styles.stateCard} role="alert">
          <h1 className={styles.stateTitle}>You do not have access to this review</h1>
          <p>Your role does not allow you to open it. Ask a manager if you need to see it.</p>
          <Link to={paths.reviews()}>Back to all reviews</Link>
        </div>
      </div>
    );
  }
  return (
    <div className={styles.page}>
      <div className={styles.stateCard} role="alert">
        <h1 className={styles.stateTitle}>This review could not be loaded</h1>
        <p>{errorMessage(error)}</p>
        <div className={styles.stateActions}>
          <Button variant="primary" onClick={onRetry}>
            Retry
          </Button>
          <Link to={paths.reviews()}>Back to all reviews</Link>
        </div>
      </div>
    </div>
  );
}
