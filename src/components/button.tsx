import type { ButtonHTMLAttributes } from 'react';
import styles from './button.module.css';

type Variant = 'default' | 'primary' | 'danger' | 'ghost';

interface Props extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: Variant;
  size?: 'normal' | 'small';
}

/** A native button with the app's look; `type` defaults to "button" so it never submits a form by accident. */
export function Button({ variant = 'default', size = 'normal', className, type = 'button', ...rest }: Props) {
  const classes = [
    styles.button,
    variant !== 'default' && styles[variant],
    size === 'small' && styles.small,
    className,
  ]
    .filter(Boolean)
    .join(' ');
  return <button type={type} className={classes} {...rest} />;
}
