import { Button } from '../../components/button';
import type { QueueItem } from './upload-queue';
import { formatBytes, targetLabel } from './upload-rules';
import styles from './uploads.module.css';

interface Props {
  items: QueueItem[];
  onCancel: (item: QueueItem) => void;
  onRetry: (item: QueueItem) => void;
  onDismiss: (item: QueueItem) => void;
}

function statusText(item: QueueItem): string {
  switch (item.status) {
    case 'queued':
      return 'Waiting';
    case 'uploading':
      return `${formatBytes(Math.min(item.loaded, item.file.size))} of ${formatBytes(item.file.size)}`;
    case 'done':
      return 'Uploaded';
    case 'failed':
      return 'Failed';
    case 'cancelled':
      return 'Cancelled';
  }
}

/** One row per file being uploaded: a labelled progress bar, its state, and Cancel or Retry. */
export function UploadQueueList({ items, onCancel, onRetry, onDismiss }: Props) {
  if (items.length === 0) return null;
  return (
    <ul className={styles.queue} aria-label="Uploads">
      {items.map((item) => {
        const progressId = `${item.id}-progress`;
        return (
          <li key={item.id} className={styles.queueItem} data-status={item.status}>
            <div className={styles.queueHead}>
              <label htmlFor={progressId} className={styles.queueName}>
                {item.file.name}
              </label>
              <span className={styles.queueMeta}>{targetLabel(item.target)}</span>
              <span className={styles.queueStatus} aria-live="polite">
                {statusText(item)}
              </span>
              {(item.status === 'queued' || item.status === 'uploading') && (
                <Button
                  size="small"
                  variant="ghost"
                  onClick={() => onCancel(item)}
                  aria-label={`Cancel ${item.file.name}`}
                >
                  Cancel
                </Button>
              )}
              {(item.status === 'failed' || item.status === 'cancelled') && (
                <>
                  <Button size="small" onClick={() => onRetry(item)} aria-label={`Retry ${item.file.name}`}>
                    Retry
                  </Button>
                  <Button
                    size="small"
                    variant="ghost"
                    onClick={() => onDismiss(item)}
                    aria-label={`Remove ${item.file.name}`}
                  >
                    Remove
                  </Button>
                </>
              )}
            </div>
            <progress
              id={progressId}
              className={styles.progress}
              max={item.total || 1}
              value={
                item.status === 'queued' ? undefined : item.status === 'done' ? item.total || 1 : item.loaded
              }
            />
            {item.error && (
              <p className={styles.queueError} role="alert">
                {item.error}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
