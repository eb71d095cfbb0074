/*
 * Date arithmetic for the demo seed. Everything is relative to the `now` the caller passes, in UTC, so the
 * same `now` always yields the same data and a fresh database always looks "current".
 */

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/** `YYYY-MM-DD` of a UTC instant. */
export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return isoDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS));
}

export function minDay(a: string, b: string): string {
  return a < b ? a : b;
}

/** The last day of the month `monthsAgo` months before `now`'s month (audit periods end on month ends). */
export function monthEnd(now: Date, monthsAgo: number): string {
  return isoDay(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsAgo + 1, 0)));
}

/** The first day of a period of `months` whole months that ends on the month end `end`. */
export function periodStart(end: string, months: number): string {
  const d = new Date(`${end}T00:00:00Z`);
  return isoDay(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - months + 1, 1)));
}

/** Timestamps as the API writes them: ISO with `Z`, whole seconds. */
export class Clock {
  private readonly base: number;
  private readonly startOfToday: number;

  constructor(readonly now: Date) {
    this.base = Math.floor(now.getTime() / MINUTE_MS) * MINUTE_MS;
    this.startOfToday = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
  }

  /** An instant `days` days and `minutes` minutes before now (never after it for non-negative input). */
  ago(days: number, minutes = 0): string {
    return new Date(this.base - days * DAY_MS - minutes * MINUTE_MS).toISOString().replace('.000Z', 'Z');
  }

  /** 17:00 UTC on the day `days` from today: -1 is always past, 1..6 always within the coming week. */
  deadline(days: number): string {
    return new Date(this.startOfToday + days * DAY_MS + 17 * 3_600_000).toISOString().replace('.000Z', 'Z');
  }
}
