import { CircleCheck, CloudOff, LoaderCircle, TriangleAlert } from 'lucide-react';
import { Button } from '../../components/button';
import { formatClockTime } from './clock-time';
import { MAX_SAVE_ATTEMPTS } from './save-retry';
import styles from './unsaved.module.css';

export type SaveStatus =
  | { kind: 'idle'; dirty: boolean }
  | { kind: 'saving'; attempt: number; lastError: string | null }
  | { kind: 'offline' }
  | { kind: 'saved'; at: Date; dirty: boolean }
  | { kind: 'failed'; reason: string; canRetry: boolean };

/**
 * The line next to the Save buttons saying where the user's work is: on its way, waiting for the network,
 * saved, or not saved and why. One live region, so a screen reader hears each change once.
 */
export function SaveStatusLine(props: {
  status: SaveStatus;
  onRetry: () => void;
  /** The unsaved edits have a copy in this browser (drafts on, and the browser stored it). */
  kept: boolean;
}) {
  const { status } = props;
  return (
    <span className={`${styles.saveStatus} ${styles[`status_${status.kind}`] ?? ''}`} role="status">
      <StatusText {...props} />
    </span>
  );
}

function StatusText({ status, onRetry, kept }: { status: SaveStatus; onRetry: () => void; kept: boolean }) {
  switch (status.kind) {
    case 'idle':
      if (!status.dirty) return null;
      return kept ? <>Not saved yet — kept in this browser until you save</> : <>Not saved yet</>;
    case 'saving':
      return (
        <>
          <LoaderCircle size={14} aria-hidden="true" className={styles.spin} />
          {status.attempt === 1
            ? 'Saving…'
            : `Saving… (try ${status.attempt} of ${MAX_SAVE_ATTEMPTS}${status.lastError ? `; ${status.lastError}` : ''})`}
        </>
      );
    case 'offline':
      return (
        <>
          <CloudOff size={14} aria-hidden="true" />
          {"Offline — will save when you're back online"}
        </>
      );
    case 'saved':
      return (
        <>
          <CircleCheck size={14} aria-hidden="true" />
          Saved at {formatClockTime(status.at)}
          {status.dirty && ' · newer changes not saved yet'}
        </>
      );
    case 'failed':
      return (
        <>
          <TriangleAlert size={14} aria-hidden="true" />
          Not saved: {status.reason}.
          {status.canRetry && (
            <Button size="small" onClick={onRetry}>
              Retry
            </Button>
          )}
        </>
      );
  }
}
