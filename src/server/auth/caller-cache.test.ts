import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb } from '../store/db';
import { SESSION_ABSOLUTE_MS } from '../store/sessions';
import { disableUser, enableUser } from '../store/users';
import { createTestApp, type TestApp } from '../test/harness';

/*
 * Resolved callers are reused for a few seconds (caller.ts). Reuse must never outlive the credential: a
 * disabled user, a sign-out or a session's own end are refused on the very next request; and the key's
 * "last used" is written at most once a minute, not on every request.
 */
let t: TestApp;
let clock = new Date('2030-06-01T12:00:00.000Z');
beforeAll(async () => {
  t = await createTestApp({ now: () => clock, env: { RATE_LIMIT_PER_MIN: '5' } });
});
afterAll(() => t.close());

const HOUR = 60 * 60 * 1000;
const later = (ms: number) => (clock = new Date(clock.getTime() + ms));
const me = (headers: Record<string, string>) => t.app.inject({ url: '/auth/me', headers });
const lastUsed = () =>
  (
    t.db.prepare('SELECT last_used_at AS at FROM api_keys WHERE user_id = ?').get(t.userIds.auditor) as {
      at: string | null;
    }
  ).at;

describe('the caller cache', () => {
  it('a user disabled in this process or by another connection is refused on the next request', async () => {
    later(61_000); // a fresh rate-limit window (5 a minute here)
    const session = await t.login('reviewer');
    expect((await me(t.bearer('reviewer'))).statusCode).toBe(200);
    expect((await me({ cookie: session.cookie })).statusCode).toBe(200);

    disableUser(t.db, t.userIds.reviewer, clock.toISOString());
    expect((await me(t.bearer('reviewer'))).statusCode).toBe(401);
    expect((await me({ cookie: session.cookie })).statusCode).toBe(401);

    // The users CLI is another process: its commit is seen within a millisecond (store/epoch.ts).
    const manager = await t.login('manager');
    expect((await me({ cookie: manager.cookie })).statusCode).toBe(200);
    const other = openDb(path.join(t.dataDir, 'soc-review.sqlite'));
    try {
      other.prepare('UPDATE users SET disabled_at = ? WHERE id = ?').run('2030-01-01', t.userIds.manager);
      other.prepare('DELETE FROM sessions WHERE user_id = ?').run(t.userIds.manager);
    } finally {
      other.close();
    }
    await sleep(5);
    expect((await me({ cookie: manager.cookie })).statusCode).toBe(401);
    enableUser(t.db, t.userIds.manager, clock.toISOString());
  });

  it('a session ends on sign-out and at its absolute limit, even while its caller is cached', async () => {
    later(61_000);
    const session = await t.login('auditor');
    expect((await me({ cookie: session.cookie })).statusCode).toBe(200);
    const out = await t.app.inject({ method: 'POST', url: '/auth/logout', headers: session });
    expect(out.statusCode).toBe(204);
    expect((await me({ cookie: session.cookie })).statusCode).toBe(401);

    const created = clock.getTime();
    const next = await t.login('auditor');
    // Used every 11 hours (under the idle limit) until just before its absolute end.
    const end = created + SESSION_ABSOLUTE_MS;
    while (clock.getTime() + 11 * HOUR < end - 4_000) {
      later(11 * HOUR);
      expect((await me({ cookie: next.cookie })).statusCode).toBe(200);
    }
    clock = new Date(end - 4_000);
    expect((await me({ cookie: next.cookie })).statusCode).toBe(200); // refreshes last_seen_at (a write)
    clock = new Date(end - 2_000);
    expect((await me({ cookie: next.cookie })).statusCode).toBe(200); // resolved and cached
    clock = new Date(end + 1_000);
    expect((await me({ cookie: next.cookie })).statusCode).toBe(401); // within the cache's 5 s, yet over
  });

  it("writes a key's last use at most once a minute", async () => {
    later(61_000);
    expect(lastUsed()).toBeNull();
    expect((await me(t.bearer('auditor'))).statusCode).toBe(200);
    const first = lastUsed();
    expect(first).toBe(clock.toISOString());
    later(30_000);
    expect((await me(t.bearer('auditor'))).statusCode).toBe(200);
    expect(lastUsed()).toBe(first);
    later(31_000);
    expect((await me(t.bearer('auditor'))).statusCode).toBe(200);
    expect(lastUsed()).toBe(clock.toISOString());
  });

  it('the rate limit counts cached callers too, and its window ends after a minute', async () => {
    later(60_000);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await me(t.bearer('auditor'))).statusCode);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    later(20_000);
    const limited = await me(t.bearer('auditor'));
    expect(limited.statusCode).toBe(429);
    expect(limited.headers).toMatchObject({
      'retry-after': '40',
      'x-ratelimit-limit': '5',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': '40',
    });
    later(40_000);
    const fresh = await me(t.bearer('auditor'));
    expect(fresh.statusCode).toBe(200);
    expect(fresh.headers['x-ratelimit-remaining']).toBeUndefined();
  });
});
