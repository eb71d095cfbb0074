import { HttpError } from '../http/errors';

/*
 * RATE_LIMIT_PER_MIN per credential (key or session), else per address: a fixed window of one minute that
 * starts at a key's first request, as @fastify/rate-limit's local store counted, and the same 429 (API.md:
 * Retry-After, plus x-ratelimit-limit/-remaining/-reset saying why). It runs inside the guard's one hook
 * instead of as a plugin's own async hook per route: the plugin was the largest single cost of a cached GET
 * after the socket itself. Unlike the plugin, answers under the limit carry no x-ratelimit-* headers (API.md
 * promises none; node spends ~0.5 µs per response header, and clients as much again reading it).
 */
const WINDOW_MS = 60_000;
/** Keys kept at most; beyond it, finished windows go first, then the oldest. */
const MAX_KEYS = 10_000;

interface Window {
  count: number;
  startedAt: number;
}

export class RateLimiter {
  private readonly windows = new Map<string, Window>();
  private readonly limit: string;

  constructor(private readonly max: number) {
    this.limit = String(max);
  }

  /** Counts one request of `key` at `now` (ms); over the limit, throws the 429 for the error handler. */
  hit(key: string, now: number): void {
    let w = this.windows.get(key);
    if (!w || w.startedAt + WINDOW_MS <= now) {
      if (!w && this.windows.size >= MAX_KEYS) this.prune(now);
      w = { count: 0, startedAt: now };
      this.windows.set(key, w);
    }
    w.count++;
    if (w.count <= this.max) return;
    const reset = String(Math.ceil((w.startedAt + WINDOW_MS - now) / 1000));
    throw new HttpError(
      429,
      {},
      {
        'x-ratelimit-limit': this.limit,
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': reset,
        'retry-after': reset,
      },
    );
  }

  private prune(now: number): void {
    for (const [key, w] of this.windows) if (w.startedAt + WINDOW_MS <= now) this.windows.delete(key);
    for (const key of this.windows.keys()) {
      if (this.windows.size < MAX_KEYS) break;
      this.windows.delete(key);
    }
  }
}
