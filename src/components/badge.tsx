import type { ReactNode } from 'react';
import { DECISION_LABELS, STATUS_LABELS, type Decision, type ReviewStatus } from '../contract/enums';
import styles from './badge.module.css';

export type Tone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

/** A coloured pill that always carries a word: colour is never the only signal. */
export function Badge({ tone, children, label }: { tone: Tone; children: ReactNode; label?: string }) {
  return (
    <span className={`${styles.badge} ${styles[tone]}`} aria-label={label}>
      <span className={styles.dot} aria-hidden="true" />
      {children}
    </span>
  );
}

const STATUS_TONES: Record<ReviewStatus, Tone> = {
  NOT_YET_STARTED: 'neutral',
  IN_PROGRESS: 'info',
  COMPLETED: 'success',
  NOT_REQUIRED: 'neutral',
};
const DECISION_TONES: Record<Decision, Tone> = {
  PENDING: 'neutral',
  APPROVED: 'success',
  APPROVED_WITH_CONDITIONS: 'warning',
  REJECTED: 'danger',
};

export function StatusBadge({ status }: { status: ReviewStatus }) {
  return <Badge tone={STATUS_TONES[status]}>{STATUS_LABELS[status]}</Badge>;
}

export function DecisionBadge({ decision }: { decision: Decision }) {
  return <Badge tone={DECISION_TONES[decision]}>{DECISION_LABELS[decision]}</Badge>;
}
