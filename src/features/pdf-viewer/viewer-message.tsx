import type { ReactNode } from 'react';
import { X } from 'lucide-react';
import { ToolButton } from './tool-button';
import styles from './pdf-viewer.module.css';

interface Props {
  name: string;
  onClose: () => void;
  /** `status` for a wait, `alert` for a failure. */
  role: 'status' | 'alert';
  children: ReactNode;
}

/**
 * The viewer's frame with a message instead of pages: while its code or the file list loads, or when the
 * document cannot be shown. Outside the lazy chunk, so it shows before pdf.js has arrived.
 */
export function ViewerMessage({ name, onClose, role, children }: Props) {
  return (
    <section className={styles.viewer} aria-label={`${name} (PDF viewer)`} aria-busy={role === 'status'}>
      <div className={styles.toolbar}>
        <div className={styles.title}>
          <span className={styles.name} title={name}>
            {name}
          </span>
        </div>
        <div className={styles.group}>
          <ToolButton label="Close viewer" icon={<X size={16} aria-hidden="true" />} onClick={onClose} />
        </div>
      </div>
      <div className={styles.scroller}>
        <div className={styles.message} role={role}>
          {children}
        </div>
      </div>
    </section>
  );
}
