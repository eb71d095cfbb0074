import { useEffect, useId, useRef, type ReactNode } from 'react';
import { X } from 'lucide-react';
import styles from './dialog.module.css';

interface DialogProps {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  children: ReactNode;
  /** Buttons; put them inside the form when the dialog holds one, so Enter submits. */
  footer?: ReactNode;
}

/**
 * The native modal <dialog>: focus trapping, Escape and the backdrop come from the browser. Opened with
 * showModal() so everything behind it is inert.
 */
export function Dialog({ open, onClose, title, children, footer }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (open && !el.open) el.showModal();
    if (!open && el.open) el.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className={styles.dialog}
      aria-labelledby={titleId}
      onClose={onClose}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      {open && (
        <>
          <div className={styles.header}>
            <h2 id={titleId} className={styles.title}>
              {title}
            </h2>
            <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
              <X size={18} aria-hidden="true" />
            </button>
          </div>
          <div className={styles.body}>{children}</div>
          {footer && <div className={styles.footer}>{footer}</div>}
        </>
      )}
    </dialog>
  );
}

/** The end of a dialog's form: the action's error, if any, above its buttons (Cancel first, the action last). */
export function DialogActions({ error, children }: { error?: string | null; children: ReactNode }) {
  return (
    <>
      {error && (
        <p className={styles.actionError} role="alert">
          {error}
        </p>
      )}
      <div className={styles.actions}>{children}</div>
    </>
  );
}
