/*
 * Failed sign-ins, counted in memory per (email, address) and, more coarsely, per address. Keying on the
 * email alone would let anyone lock a known account out (API.md, Pitfalls).
 */
const WINDOW_MS = 15 * 60 * 1000;
const PER_ACCOUNT = 5;
const PER_ADDRESS = 50;

export class LoginThrottle {
  private failures = new Map<string, number[]>();

  private recent(key: string, now: number): number[] {
    const kept = (this.failures.get(key) ?? []).filter((t) => now - t < WINDOW_MS);
    if (kept.length) this.failures.set(key, kept);
    else this.failures.delete(key);
    return kept;
  }

  /** Seconds until another attempt is allowed, or 0 when one is allowed now. */
  retryAfter(email: string, address: string, now: number): number {
    const checks: [string, number][] = [
      [`a:${email.toLowerCase()}|${address}`, PER_ACCOUNT],
      [`i:${address}`, PER_ADDRESS],
    ];
    let wait = 0;
    for (const [key, limit] of checks) {
      const times = this.recent(key, now);
      if (times.length >= limit) {
        const oldest = times[times.length - limit] ?? now;
        wait = Math.max(wait, Math.ceil((oldest + WINDOW_MS - now) / 1000));
      }
    }
    return wait;
  }

  fail(email: string, address: string, now: number): void {
    // Many distinct keys (a spray over emails): drop the stale ones so memory stays bounded.
    if (this.failures.size > 10_000) for (const key of [...this.failures.keys()]) this.recent(key, now);
    for (const key of [`a:${email.toLowerCase()}|${address}`, `i:${address}`]) {
      this.failures.set(key, [...this.recent(key, now), now]);
    }
  }

  succeed(email: string, address: string): void {
    this.failures.delete(`a:${email.toLowerCase()}|${address}`);
  }
}
