const DAY = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric' });
const DAY_YEAR = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric' });
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A moment in the user's local time for "Saved at 14:03" and "Unsaved changes from 14:02": the time alone
 * when it is today, with the day ("Mar 3, 14:02") when not, and the year too when not this year.
 */
export function formatClockTime(at: Date | string, now: Date = new Date()): string {
  const when = typeof at === 'string' ? new Date(at) : at;
  if (Number.isNaN(when.getTime())) return String(at);
  const time = `${pad(when.getHours())}:${pad(when.getMinutes())}`;
  if (when.toDateString() === now.toDateString()) return time;
  const day = (when.getFullYear() === now.getFullYear() ? DAY : DAY_YEAR).format(when);
  return `${day}, ${time}`;
}
