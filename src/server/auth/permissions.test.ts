import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../contract/enums';
import { ROLE_PERMISSIONS, type Permission } from '../../contract/permissions';
import { createTestApp, ORIGIN, type TestApp } from '../test/harness';
import { createReview } from '../test/fixtures';

let t: TestApp;
let v: number;
let r: number;
beforeAll(async () => {
  t = await createTestApp();
  v = t.vendor();
  r = (await createReview(t, v)).id;
});
afterAll(() => t.close());

/** API.md's operations and their Drata permissions. */
const ROUTES: [string, string, Permission][] = [
  ['GET', '/public/v2/vendor-security-reviews', 'vendors-get'],
  ['GET', '/public/v2/vendors/:vendorId/security-reviews', 'vendors-get'],
  ['POST', '/public/v2/vendors/:vendorId/security-reviews', 'vendors-post-security-review'],
  ['POST', '/public/v2/vendors/:vendorId/security-reviews/with-file', 'vendors-post-security-review'],
  ['GET', '/public/v2/vendors/:vendorId/security-reviews/:id', 'vendors-get'],
  ['PUT', '/public/v2/vendors/:vendorId/security-reviews/:id', 'vendors-put-security-review'],
  ['POST', '/public/v2/vendors/:vendorId/security-questionnaires', 'vendors-post-upload-questionnaires'],
  [
    'GET',
    '/public/v2/vendors/:vendorId/security-reviews/:id/security-questionnaires',
    'vendors-get-questionnaires',
  ],
  [
    'POST',
    '/public/v2/vendors/:vendorId/security-reviews/:id/security-questionnaires',
    'vendors-post-upload-questionnaires',
  ],
  ['GET', '/public/v2/vendors/:vendorId/security-reviews/:id/actions', 'vendors-get-security-review-actions'],
  [
    'POST',
    '/public/v2/vendors/:vendorId/security-reviews/:id/actions',
    'vendors-post-security-review-action',
  ],
  ['GET', '/public/v2/vendors', 'vendors-get'],
  ['GET', '/public/v2/vendors/:vendorId', 'vendors-get-vendor'],
  ['GET', '/public/v2/users', 'users-get'],
  ['POST', '/public/v2/vendors/:vendorId/documents', 'vendors-post-document'],
  ['GET', '/public/v2/vendors/:vendorId/documents', 'vendors-get'],
  ['GET', '/public/v2/vendors/:vendorId/documents/:documentId', 'vendors-get-vendor'],
  ['GET', '/public/v2/vendors/:vendorId/security-questionnaires', 'vendors-get-questionnaires'],
];
/** [ours] API keys, managers only (outside /public/v2: no 412). */
const KEY_ROUTES: [string, string, Permission][] = [
  ['GET', '/auth/api-keys', 'api-keys-manage'],
  ['POST', '/auth/api-keys', 'api-keys-manage'],
  ['DELETE', '/auth/api-keys/:id', 'api-keys-manage'],
];
const ALL_ROUTES = [...ROUTES, ...KEY_ROUTES];
const PUBLIC = ['POST /auth/login', 'POST /auth/logout', 'GET /auth/me', 'GET /files/:token', 'GET /*'];

const concrete = (url: string) =>
  // A key id that names no key: a manager's DELETE must not revoke a demo key other tests use.
  (url.startsWith('/auth/api-keys') ? url.replace(':id', '999999') : url)
    .replace(':vendorId', String(v))
    .replace(':id', String(r))
    .replace(':documentId', '1');
const inject = (method: string, url: string, headers: Record<string, string> = {}) =>
  t.app.inject({
    method: method as 'GET',
    url: concrete(url),
    headers,
    ...(method === 'GET' ? {} : { payload: {} }),
  });

describe('route declarations', () => {
  it('every route declares the permission of API.md, or is public; nothing else is registered', async () => {
    await t.app.ready();
    const expected = new Map<string, string>(ALL_ROUTES.map(([m, u, p]) => [`${m} ${u}`, p]));
    for (const p of PUBLIC) expected.set(p, 'public');
    // HEAD routes are the automatic twins of GET routes.
    const declared = new Map([...t.app.routeAccess].filter(([k]) => !k.startsWith('HEAD ')));
    expect(Object.fromEntries(declared)).toEqual(Object.fromEntries(expected));
    for (const [key, access] of t.app.routeAccess) {
      if (key.startsWith('HEAD ')) expect(access).toBe(t.app.routeAccess.get(key.replace('HEAD', 'GET')));
    }
  });

  it('a route that declares neither permission nor public fails at registration', async () => {
    const other = await createTestApp();
    try {
      expect(() => other.app.get('/public/v2/undeclared', async () => 'x')).toThrow(/must declare/);
      expect(() =>
        other.app.get(
          '/public/v2/bad',
          { config: { permission: 'not-a-permission' as Permission } },
          async () => 'x',
        ),
      ).toThrow(/must declare/);
    } finally {
      await other.close();
    }
  });
});

describe('401: missing or unknown credentials', () => {
  it.each(ALL_ROUTES)('%s %s', async (method, url) => {
    for (const headers of [
      {} as Record<string, string>,
      { authorization: 'Bearer not-a-key' },
      { authorization: 'Basic ZGVtbzpkZW1v' },
      { authorization: 'Bearer' },
      { cookie: 'sid=forged' },
    ]) {
      const res = await inject(method, url, headers);
      expect(res.statusCode, JSON.stringify(headers)).toBe(401);
      expect(res.json()).toEqual({
        name: 'UnauthorizedException',
        statusCode: 401,
        message: 'Invalid Authorization',
        code: 401,
      });
    }
  });

  it('an unknown key is not rescued by a valid session cookie', async () => {
    const { cookie } = await t.login('manager');
    const res = await t.app.inject({
      url: '/public/v2/vendors',
      headers: { cookie, authorization: 'Bearer nope' },
    });
    expect(res.statusCode).toBe(401);
  });
});

describe('403: each role, each permission (keys and sessions alike)', () => {
  const roles: Role[] = ['reviewer', 'manager', 'auditor'];
  it.each(ALL_ROUTES)('%s %s (%s)', async (method, url, permission) => {
    for (const role of roles) {
      const allowed = ROLE_PERMISSIONS[role].includes(permission);
      const res = await inject(method, url, t.bearer(role));
      if (allowed) expect([401, 403], `${role} should pass`).not.toContain(res.statusCode);
      else {
        expect(res.statusCode, `${role} should be refused`).toBe(403);
        expect(res.json()).toEqual({
          name: 'ForbiddenException',
          statusCode: 403,
          message: 'You are not allowed to perform this action',
          code: 403,
        });
      }
    }
  });

  it('a session gets the same answers as its key', async () => {
    const { cookie } = await t.login('auditor');
    const headers = { cookie, origin: ORIGIN };
    expect((await inject('GET', '/public/v2/vendors', headers)).statusCode).toBe(200);
    expect(
      (await inject('PUT', '/public/v2/vendors/:vendorId/security-reviews/:id', headers)).statusCode,
    ).toBe(403);
  });

  it('403 beats 404 and 400', async () => {
    const res = await t.app.inject({
      method: 'PUT',
      url: '/public/v2/vendors/999/security-reviews/999',
      headers: { ...t.bearer('auditor'), 'content-type': 'application/json' },
      payload: '{broken',
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('412: TERMS_ACCEPTED=false', () => {
  it('every /public/v2 route answers 412 after authentication (401 first); /auth and /files do not', async () => {
    const closed = await createTestApp({ env: { TERMS_ACCEPTED: 'false' } });
    try {
      for (const [method, url] of ROUTES) {
        const res = await closed.app.inject({
          method: method as 'GET',
          url: concrete(url),
          headers: closed.bearer('auditor'),
        });
        expect(res.statusCode, url).toBe(412);
        expect(res.json()).toEqual({
          name: 'PreconditionFailedException',
          statusCode: 412,
          message: 'You must accept the Drata terms and conditions to use the API',
          code: 412,
        });
        expect((await closed.app.inject({ method: method as 'GET', url: concrete(url) })).statusCode).toBe(
          401,
        );
      }
      expect(
        (await closed.app.inject({ url: '/auth/me', headers: closed.bearer('auditor') })).statusCode,
      ).toBe(200);
      expect((await closed.app.inject({ url: '/files/whatever' })).statusCode).toBe(404);
    } finally {
      await closed.close();
    }
  });
});

describe('rate limit', () => {
  it('RATE_LIMIT_PER_MIN per credential → 429 in the error shape with Retry-After; other credentials unaffected', async () => {
    const limited = await createTestApp({ env: { RATE_LIMIT_PER_MIN: '3' } });
    try {
      const get = (headers: Record<string, string>, remoteAddress = '127.0.0.1') =>
        limited.app.inject({ url: '/public/v2/vendors', headers, remoteAddress });
      for (let i = 0; i < 3; i++) expect((await get(limited.bearer('auditor'))).statusCode).toBe(200);
      const res = await get(limited.bearer('auditor'));
      expect(res.statusCode).toBe(429);
      expect(res.json()).toEqual({
        name: 'TooManyRequestsException',
        statusCode: 429,
        message: 'Too many requests',
        code: 429,
      });
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      expect((await get(limited.bearer('manager'))).statusCode).toBe(200);
      // Without a credential: per address.
      for (let i = 0; i < 3; i++) expect((await get({}, '10.1.1.1')).statusCode).toBe(401);
      expect((await get({}, '10.1.1.1')).statusCode).toBe(429);
      expect((await get({}, '10.1.1.2')).statusCode).toBe(401);
    } finally {
      await limited.close();
    }
  });
});
