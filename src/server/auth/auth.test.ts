import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Me } from '../../contract/user';
import { createTestApp, errorPaths, ORIGIN, type TestApp } from '../test/harness';
import { createReview } from '../test/fixtures';

let t: TestApp;
let clock = new Date('2026-03-01T09:00:00Z');
beforeAll(async () => {
  t = await createTestApp({ now: () => clock });
});
afterAll(() => t.close());

const login = (
  payload: unknown,
  headers: Record<string, string> = { origin: ORIGIN },
  remoteAddress = '10.0.0.1',
) => t.app.inject({ method: 'POST', url: '/auth/login', headers, payload: payload as object, remoteAddress });
const me = (headers: Record<string, string>) => t.app.inject({ url: '/auth/me', headers });
const sidOf = (res: Awaited<ReturnType<typeof login>>) => res.cookies.find((c) => c.name === 'sid');

describe('POST /auth/login', () => {
  it('signs in: Me body and a strict, httpOnly session cookie', async () => {
    const res = await login({ email: 'Manager@Example.com', password: 'demo' });
    expect(res.statusCode).toBe(200);
    expect(Me.parse(res.json())).toMatchObject({
      email: 'manager@example.com',
      role: 'manager',
      firstName: 'Morgan',
    });
    expect(Me.parse(res.json()).permissions).toContain('vendors-post-security-review-action');
    const sid = sidOf(res);
    expect(sid).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(sid?.secure).toBeFalsy();
    expect(sid?.value.length).toBeGreaterThanOrEqual(40);
  });

  it('a new random session id at each sign-in; the previous one ends', async () => {
    const a = sidOf(await login({ email: 'reviewer@example.com', password: 'demo' }))?.value ?? '';
    const b =
      sidOf(
        await login(
          { email: 'reviewer@example.com', password: 'demo' },
          { origin: ORIGIN, cookie: `sid=${a}` },
        ),
      )?.value ?? '';
    expect(b).not.toBe(a);
    expect((await me({ cookie: `sid=${a}` })).statusCode).toBe(401);
    expect((await me({ cookie: `sid=${b}` })).statusCode).toBe(200);
  });

  it('stores no secrets in clear: sessions and keys hashed, passwords scrypt', () => {
    const row = t.db.prepare('SELECT password_hash AS h FROM users LIMIT 1').get() as { h: string };
    expect(row.h).toMatch(/^scrypt\$16384\$8\$1\$/);
    const keys = t.db.prepare('SELECT key_hash AS k, prefix FROM api_keys').all() as {
      k: string;
      prefix: string;
    }[];
    expect(keys.every((k) => /^[0-9a-f]{64}$/.test(k.k) && !k.k.includes('demo'))).toBe(true);
    expect(keys.map((k) => k.prefix)).toContain('demo-rev');
  });

  it('an unknown email and a wrong password get the same 401', async () => {
    const wrong = await login(
      { email: 'auditor@example.com', password: 'nope' },
      { origin: ORIGIN },
      '10.0.0.2',
    );
    const unknown = await login(
      { email: 'nobody@example.com', password: 'demo' },
      { origin: ORIGIN },
      '10.0.0.2',
    );
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.body).toBe(unknown.body);
    expect(wrong.json()).toEqual({
      name: 'UnauthorizedException',
      statusCode: 401,
      message: 'Invalid Authorization',
      code: 401,
    });
    expect(sidOf(wrong)).toBeUndefined();
  });

  it('a body that is not a LoginRequest → 400', async () => {
    const res = await login({ email: 'not-an-email', password: '' });
    expect(res.statusCode).toBe(400);
    expect(errorPaths(res).sort()).toEqual(['email', 'password']);
  });

  it('a foreign Origin (or Referer) → 403; no Origin at all (a script) is allowed', async () => {
    const ok = { email: 'reviewer@example.com', password: 'demo' };
    expect((await login(ok, { origin: 'https://evil.example' })).statusCode).toBe(403);
    expect((await login(ok, { referer: 'https://evil.example/login' })).statusCode).toBe(403);
    expect((await login(ok, { origin: 'null' })).statusCode).toBe(403);
    expect((await login(ok, {})).statusCode).toBe(200);
    expect((await login(ok, { referer: `${ORIGIN}/reviews` })).statusCode).toBe(200);
  });

  it('throttling: 5 failures in 15 min per (email, address) → 429 with Retry-After, even for the right password', async () => {
    const ip = '10.9.9.9';
    for (let i = 0; i < 5; i++) {
      expect(
        (await login({ email: 'auditor@example.com', password: `bad${i}` }, { origin: ORIGIN }, ip))
          .statusCode,
      ).toBe(401);
    }
    const blocked = await login({ email: 'auditor@example.com', password: 'demo' }, { origin: ORIGIN }, ip);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json()).toMatchObject({
      name: 'TooManyRequestsException',
      statusCode: 429,
      message: 'Too many requests',
    });
    const retryAfter = Number(blocked.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    // Another address, or another account from this address, is not locked out.
    expect(
      (await login({ email: 'auditor@example.com', password: 'demo' }, { origin: ORIGIN }, '10.9.9.8'))
        .statusCode,
    ).toBe(200);
    expect(
      (await login({ email: 'manager@example.com', password: 'demo' }, { origin: ORIGIN }, ip)).statusCode,
    ).toBe(200);
    // After the window, the account may try again.
    clock = new Date(clock.getTime() + 15 * 60 * 1000 + 1000);
    expect(
      (await login({ email: 'auditor@example.com', password: 'demo' }, { origin: ORIGIN }, ip)).statusCode,
    ).toBe(200);
  });

  it('the coarser per-address limit catches a spray over many emails', async () => {
    const ip = '10.7.7.7';
    let last = 0;
    for (let i = 0; i < 51; i++) {
      last = (await login({ email: `user${i}@example.com`, password: 'x' }, { origin: ORIGIN }, ip))
        .statusCode;
    }
    expect(last).toBe(429);
  });
});

describe('sessions', () => {
  it('GET /auth/me: 401 signed out, Me with a session or a key', async () => {
    expect((await me({})).statusCode).toBe(401);
    expect((await me({ cookie: 'sid=unknown' })).statusCode).toBe(401);
    expect(Me.parse((await me(t.bearer('auditor'))).json()).role).toBe('auditor');
    const session = await t.login('reviewer');
    expect(Me.parse((await me({ cookie: session.cookie })).json()).email).toBe('reviewer@example.com');
  });

  it('idle expiry after 12 h; activity keeps a session alive', async () => {
    const { cookie } = await t.login('reviewer');
    clock = new Date(clock.getTime() + 11 * 3600_000);
    expect((await me({ cookie })).statusCode).toBe(200);
    clock = new Date(clock.getTime() + 11 * 3600_000);
    expect((await me({ cookie })).statusCode).toBe(200);
    clock = new Date(clock.getTime() + 12 * 3600_000 + 1000);
    expect((await me({ cookie })).statusCode).toBe(401);
  });

  it('absolute expiry after 7 days, however active', async () => {
    const { cookie } = await t.login('reviewer');
    for (let h = 0; h < 7 * 24; h += 10) {
      clock = new Date(clock.getTime() + 10 * 3600_000);
      const status = (await me({ cookie })).statusCode;
      if (h + 10 <= 7 * 24) expect(status).toBe(200);
    }
    clock = new Date(clock.getTime() + 10 * 3600_000);
    expect((await me({ cookie })).statusCode).toBe(401);
  });

  it('logout deletes the session on the server (the old cookie no longer works)', async () => {
    const { cookie, origin } = await t.login('manager');
    const res = await t.app.inject({ method: 'POST', url: '/auth/logout', headers: { cookie, origin } });
    expect(res.statusCode).toBe(204);
    expect(res.cookies.find((c) => c.name === 'sid')?.value).toBe('');
    expect((await me({ cookie })).statusCode).toBe(401);
  });

  it('logout with a session but without our Origin → 403, session kept', async () => {
    const { cookie } = await t.login('manager');
    expect(
      (await t.app.inject({ method: 'POST', url: '/auth/logout', headers: { cookie } })).statusCode,
    ).toBe(403);
    const foreign = await t.app.inject({
      method: 'POST',
      url: '/auth/logout',
      headers: { cookie, origin: 'https://evil.example' },
    });
    expect(foreign.statusCode).toBe(403);
    expect((await me({ cookie })).statusCode).toBe(200);
  });
});

describe('Origin check on cookie-authenticated writes', () => {
  it('PUT with a session: no Origin → 403, foreign → 403, ours (Origin or Referer) → 200; bearer exempt', async () => {
    const vendorId = t.vendor();
    const r = await createReview(t, vendorId);
    const url = `/public/v2/vendors/${vendorId}/security-reviews/${r.id}`;
    const { cookie } = await t.login('reviewer');
    const put = (headers: Record<string, string>) =>
      t.app.inject({ method: 'PUT', url, headers, payload: { title: 'x' } });
    expect((await put({ cookie })).statusCode).toBe(403);
    expect((await put({ cookie, origin: 'https://evil.example' })).statusCode).toBe(403);
    expect((await put({ cookie, origin: 'null' })).statusCode).toBe(403);
    expect((await put({ cookie, referer: 'https://evil.example/x' })).statusCode).toBe(403);
    expect((await put({ cookie, origin: ORIGIN })).statusCode).toBe(200);
    expect((await put({ cookie, referer: `${ORIGIN}/vendors/1/reviews/2` })).statusCode).toBe(200);
    expect((await put(t.bearer('reviewer'))).statusCode).toBe(200);
    // Reads need no Origin.
    expect((await t.app.inject({ url, headers: { cookie } })).statusCode).toBe(200);
  });

  it('APP_ORIGIN, when set, is the origin to match', async () => {
    const other = await createTestApp({ env: { APP_ORIGIN: 'https://soc.example.com' } });
    try {
      const vendorId = other.vendor();
      const res = await other.app.inject({
        method: 'POST',
        url: '/auth/login',
        headers: { origin: 'https://soc.example.com' },
        payload: { email: 'reviewer@example.com', password: 'demo' },
      });
      const cookie = `sid=${res.cookies.find((c) => c.name === 'sid')?.value ?? ''}`;
      const create = (origin: string) =>
        other.app.inject({
          method: 'POST',
          url: `/public/v2/vendors/${vendorId}/security-reviews`,
          headers: { cookie, origin },
          payload: {
            securityReviewType: 'SECURITY',
            securityReviewStatus: 'IN_PROGRESS',
            reviewDeadlineAt: '2030-01-01T00:00:00Z',
          },
        });
      expect((await create(ORIGIN)).statusCode).toBe(403);
      expect((await create('https://soc.example.com')).statusCode).toBe(201);
    } finally {
      await other.close();
    }
  });

  it('in production the cookie is Secure', async () => {
    const prod = await createTestApp({ env: { NODE_ENV: 'production' } });
    try {
      const res = await prod.app.inject({
        method: 'POST',
        url: '/auth/login',
        payload: { email: 'reviewer@example.com', password: 'demo' },
      });
      expect(res.cookies.find((c) => c.name === 'sid')?.secure).toBe(true);
    } finally {
      await prod.close();
    }
  });
});
