import { HardDrive, History } from 'lucide-react';
import { Button } from '../../components/button';
import { formatClockTime } from './clock-time';
import styles from './unsaved.module.css';

export interface DraftNotice {
  savedAt: string;
  /** restored: the draft is in the form now; kept: the form is read-only, so the draft waits in the browser. */
  mode: 'restored' | 'kept';
}

/** Tells the user that the form shows their unsaved changes from earlier, and lets them go back to the server's. */
export function DraftNoticeBar({ notice, onDiscard }: { notice: DraftNotice; onDiscard: () => void }) {
  const when = formatClockTime(notice.savedAt);
  return (
    <div className={styles.draftNotice} role="status">
      <History size={16} aria-hidden="true" className={styles.draftIcon} />
      <p>
        {notice.mode === 'restored' ? (
          <>
            <strong>Unsaved changes from {when} restored.</strong> They are not saved yet: save to keep them,
            or discard them to see the saved answers.
          </>
        ) : (
          <>
            <strong>Unsaved changes from {when}</strong> are kept in this browser. They can be restored when
            this review can be edited again.
          </>
        )}
      </p>
      <Button size="small" onClick={onDiscard}>
        Discard
      </Button>
    </div>
  );
}

/** The browser would not store the unsaved edits: a reload or a crash would lose them until they are saved. */
export function NotKeptBar() {
  return (
    <div className={`${styles.draftNotice} ${styles.notKept}`} role="alert">
      <HardDrive size={16} aria-hidden="true" className={styles.draftIcon} />
      <p>
        <strong>This browser cannot keep a copy of your unsaved changes</strong> (its storage is full or
        turned off). Save them to keep them.
      </p>
    </div>
  );
}
