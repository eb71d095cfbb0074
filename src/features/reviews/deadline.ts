import type { ReviewStatus } from '../../contract/enums';

export type DeadlineState = 'overdue' | 'due-soon' | null;

const DUE_SOON_MS = 7 * 24 * 60 * 60 * 1000;
const CLOSED: readonly ReviewStatus[] = ['COMPLETED', 'NOT_REQUIRED'];

/** Overdue once the deadline has passed, due soon within 7 days; a closed review is neither. */
export function deadlineState(deadline: string, status: ReviewStatus, now: Date = new Date()): DeadlineState {
  if (CLOSED.includes(status)) return null;
  const left = Date.parse(deadline) - now.getTime();
  if (Number.isNaN(left)) return null;
  if (left < 0) return 'overdue';
  if (left <= DUE_SOON_MS) return 'due-soon';
  return null;
}

// Deadlines are stored as UTC date-times (end of day); show the UTC calendar day so it never shifts a day.
const DATE = new Intl.DateTimeFormat('en', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

export function formatDate(iso: string): string {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? '—' : DATE.format(t);
}
