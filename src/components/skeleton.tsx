import type { CSSProperties } from 'react';
import styles from './states.module.css';

/** A grey placeholder bar with a slow shimmer (none when the user prefers reduced motion). */
export function Skeleton({
  width,
  height = 14,
  style,
}: {
  width: number | string;
  height?: number;
  style?: CSSProperties;
}) {
  return <span className={styles.skeleton} style={{ width, height, ...style }} aria-hidden="true" />;
}
