import { AlertTriangle } from 'lucide-react';
import type { ReactNode } from 'react';
import { Button } from './button';
import styles from './states.module.css';

interface Props {
  title: ReactNode;
  message: ReactNode;
  onRetry?: () => void;
  retrying?: boolean;
  /** Another way out, e.g. a link back to the list. */
  action?: ReactNode;
}

/** A failed load: what happened in plain words, and a Retry that does it again. */
export function ErrorState({ title, message, onRetry, retrying, action }: Props) {
  return (
    <div className={styles.state} role="alert">
      <AlertTriangle className={styles.errorIcon} size={22} aria-hidden="true" />
      <p className={styles.title}>{title}</p>
      <p className={styles.message}>{message}</p>
      <div className={styles.actions}>
        {onRetry && (
          <Button onClick={onRetry} disabled={retrying}>
            {retrying ? 'Retrying…' : 'Retry'}
          </Button>
        )}
        {action}
      </div>
    </div>
  );
}
