import type { Review } from '../../contract/review';
import { displayName, type UserCompact } from '../../contract/user';

const DATE = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });
const DATE_TIME = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });

/** A `YYYY-MM-DD` or a date-time, as "Jul 1, 2026" (dates are calendar days: read in UTC). */
export function formatDate(value: string): string {
  const time = Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value);
  return Number.isNaN(time) ? value : DATE.format(time);
}

export function formatDateTime(value: string): string {
  const time = Date.parse(value);
  return Number.isNaN(time) ? value : DATE_TIME.format(time);
}

/** Past its deadline and still open (a completed or not-required review is never overdue). */
export function overdueDays(
  review: Pick<Review, 'reviewDeadlineAt' | 'status'>,
  now: Date = new Date(),
): number | null {
  if (review.status === 'COMPLETED' || review.status === 'NOT_REQUIRED') return null;
  const late = now.getTime() - Date.parse(review.reviewDeadlineAt);
  return late > 0 ? Math.max(1, Math.floor(late / 86_400_000)) : null;
}

/** A person's name from whatever the page has: the expanded user, the people list, or just the id. */
export function personName(
  id: number | null | undefined,
  people: readonly (UserCompact & { id: number })[] | undefined,
  expanded?: UserCompact | null,
): string {
  if (id == null) return 'Not assigned';
  if (expanded && expanded.id === id) return displayName(expanded);
  const found = people?.find((p) => p.id === id);
  return found ? displayName(found) : `User ${id}`;
}
