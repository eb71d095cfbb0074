import type { ButtonHTMLAttributes, ReactNode } from 'react';
import styles from './pdf-viewer.module.css';

interface Props extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type' | 'aria-label'> {
  /** The accessible name, also shown as the tooltip unless `title` says more (a keyboard shortcut). */
  label: string;
  icon: ReactNode;
}

/** An icon button of the viewer's toolbar: always labelled, never a submit. */
export function ToolButton({ label, icon, title, ...rest }: Props) {
  return (
    <button type="button" className={styles.tool} aria-label={label} title={title ?? label} {...rest}>
      {icon}
    </button>
  );
}
