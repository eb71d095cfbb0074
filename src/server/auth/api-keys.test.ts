import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKey, ApiKeyList, CreatedApiKey } from '../../contract/api-keys';
import { Review } from '../../contract/review';
import { Me, User } from '../../contract/user';
import { page } from '../../contract/pagination';
import { sha256Hex } from '../crypto';
import { disableUser, findUserByEmail, insertUser } from '../store/users';
import { hashPasswordSync } from './passwords';
import { createTestApp, errorPaths, ORIGIN, type TestApp } from '../test/harness';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const KEYS = '/auth/api-keys';
const vendors = (key: string) =>
  t.app.inject({ url: '/public/v2/vendors', headers: { authorization: `Bearer ${key}` } });
const create = (headers: Record<string, string>, name: unknown = 'CI export') =>
  t.app.inject({ method: 'POST', url: KEYS, headers, payload: { name } });

describe('API keys (managers)', () => {
  it('create: 201 with the secret once, no-store; it works at once and acts as its manager', async () => {
    const res = await create(t.bearer('manager'), '  Nightly export  ');
    expect(res.statusCode).toBe(201);
    expect(res.headers['cache-control']).toBe('no-store');
    const created = CreatedApiKey.parse(res.json());
    expect(created).toMatchObject({ name: 'Nightly export', revokedAt: null, lastUsedAt: null });
    expect(created.owner).toMatchObject({ id: t.userIds.manager, role: 'manager' });
    expect(created.key).toMatch(/^socr_[A-Za-z0-9_-]{43}$/);
    expect(created.prefix).toBe(created.key.slice(0, 12));

    expect((await vendors(created.key)).statusCode).toBe(200);
    const me = await t.app.inject({ url: '/auth/me', headers: { authorization: `Bearer ${created.key}` } });
    expect(Me.parse(me.json()).email).toBe('manager@example.com');

    // Stored hashed: the secret is nowhere in the database, nor in the list.
    const row = t.db.prepare('SELECT key_hash AS h, prefix FROM api_keys WHERE id = ?').get(created.id) as {
      h: string;
      prefix: string;
    };
    expect(row.h).toBe(sha256Hex(created.key));
    const listed = await t.app.inject({ url: KEYS, headers: t.bearer('manager') });
    expect(listed.statusCode).toBe(200);
    expect(listed.body).not.toContain(created.key);
    const mine = ApiKeyList.parse(listed.json()).data.find((k) => k.id === created.id);
    expect(ApiKey.strict().parse(mine)).toMatchObject({ prefix: created.prefix });
    expect(mine?.lastUsedAt).not.toBeNull();
  });

  it('revoke: 204, and the key gets 401 on the very next request; revoking again is harmless', async () => {
    const created = CreatedApiKey.parse((await create(t.bearer('manager'))).json());
    expect((await vendors(created.key)).statusCode).toBe(200);
    const session = await t.login('manager');
    const del = (headers: Record<string, string>) =>
      t.app.inject({ method: 'DELETE', url: `${KEYS}/${created.id}`, headers });
    expect((await del(session)).statusCode).toBe(204);
    expect((await vendors(created.key)).statusCode).toBe(401);
    expect((await del(session)).statusCode).toBe(204);
    const listed = ApiKeyList.parse((await t.app.inject({ url: KEYS, headers: session })).json()).data;
    expect(listed.find((k) => k.id === created.id)?.revokedAt).not.toBeNull();
    expect(
      (await t.app.inject({ method: 'DELETE', url: `${KEYS}/999999`, headers: session })).statusCode,
    ).toBe(404);
  });

  it('a cookie write needs our Origin here too', async () => {
    const { cookie } = await t.login('manager');
    expect((await create({ cookie })).statusCode).toBe(403);
    expect((await create({ cookie, origin: 'https://evil.example' })).statusCode).toBe(403);
    expect((await create({ cookie, origin: ORIGIN })).statusCode).toBe(201);
  });

  it('reviewers and auditors get 403; /auth/me lists the permission for managers only', async () => {
    for (const role of ['reviewer', 'auditor'] as const) {
      expect((await create(t.bearer(role))).statusCode).toBe(403);
      expect((await t.app.inject({ url: KEYS, headers: t.bearer(role) })).statusCode).toBe(403);
      const me = Me.parse((await t.app.inject({ url: '/auth/me', headers: t.bearer(role) })).json());
      expect(me.permissions).not.toContain('api-keys-manage');
    }
    const me = Me.parse((await t.app.inject({ url: '/auth/me', headers: t.bearer('manager') })).json());
    expect(me.permissions).toContain('api-keys-manage');
  });

  it('a name is required, at most 100 characters, and nothing else is accepted', async () => {
    expect(errorPaths(await create(t.bearer('manager'), '   '))).toEqual(['name']);
    expect(errorPaths(await create(t.bearer('manager'), 'x'.repeat(101)))).toEqual(['name']);
    const extra = await t.app.inject({
      method: 'POST',
      url: KEYS,
      headers: t.bearer('manager'),
      payload: { name: 'a', role: 'manager' },
    });
    expect(errorPaths(extra)).toEqual(['role']);
  });
});

describe('disabled users', () => {
  it('cannot sign in (same answer as a wrong password); their session and keys stop at once', async () => {
    const now = new Date().toISOString();
    const id = insertUser(
      t.db,
      {
        email: 'leaver@example.com',
        firstName: 'Lee',
        lastName: 'Ver',
        role: 'manager',
        jobTitle: null,
        passwordHash: hashPasswordSync('correct horse'),
      },
      now,
    );
    const login = (password: string) =>
      t.app.inject({
        method: 'POST',
        url: '/auth/login',
        headers: { origin: ORIGIN },
        payload: { email: 'leaver@example.com', password },
        remoteAddress: '10.3.3.3',
      });
    const signedIn = await login('correct horse');
    expect(signedIn.statusCode).toBe(200);
    const cookie = `sid=${signedIn.cookies.find((c) => c.name === 'sid')?.value ?? ''}`;
    const key = CreatedApiKey.parse((await create({ cookie, origin: ORIGIN })).json()).key;
    expect((await vendors(key)).statusCode).toBe(200);

    disableUser(t.db, id, new Date().toISOString());
    expect((await t.app.inject({ url: '/auth/me', headers: { cookie } })).statusCode).toBe(401);
    expect((await vendors(key)).statusCode).toBe(401);
    const refused = await login('correct horse');
    expect(refused.statusCode).toBe(401);
    expect(refused.body).toBe((await login('wrong password')).body);
  });
});

describe('GET /public/v2/users?canReview=true [extension]', () => {
  it('lists only people who may work on reviews and are not disabled; without it, everyone', async () => {
    const now = new Date().toISOString();
    const gone = insertUser(
      t.db,
      {
        email: 'gone-reviewer@example.com',
        firstName: 'Gone',
        lastName: null,
        role: 'reviewer',
        jobTitle: null,
        passwordHash: null,
      },
      now,
    );
    disableUser(t.db, gone, now);
    const list = async (query: string) => {
      const res = await t.app.inject({
        url: `/public/v2/users?size=500${query}`,
        headers: t.bearer('auditor'),
      });
      expect(res.statusCode).toBe(200);
      return page(User).parse(res.json()).data;
    };
    const reviewers = await list('&canReview=true');
    expect(reviewers.map((u) => u.email)).toContain('reviewer@example.com');
    expect(reviewers.map((u) => u.email)).toContain('manager@example.com');
    expect(reviewers.flatMap((u) => u.roles ?? [])).not.toContain('AUDITOR');
    expect(reviewers.map((u) => u.email)).not.toContain('gone-reviewer@example.com');
    const everyone = (await list('')).map((u) => u.email);
    expect(everyone).toContain('auditor@example.com');
    expect(everyone).toContain('gone-reviewer@example.com');
    expect((await list('&canReview=false')).length).toBe(everyone.length);
    const bad = await t.app.inject({ url: '/public/v2/users?canReview=maybe', headers: t.bearer('auditor') });
    expect(errorPaths(bad)).toEqual(['canReview']);
  });

  it('the reviewer assignment takes a real user id', async () => {
    const vendorId = t.vendor();
    const created = await t.app.inject({
      method: 'POST',
      url: `/public/v2/vendors/${vendorId}/security-reviews`,
      headers: t.bearer('manager'),
      payload: {
        securityReviewType: 'SOC_REPORT',
        securityReviewStatus: 'NOT_YET_STARTED',
        reviewDeadlineAt: '2030-01-01T00:00:00Z',
      },
    });
    const reviewId = Review.parse(created.json()).id;
    const assign = (reviewerUserId: number) =>
      t.app.inject({
        method: 'PUT',
        url: `/public/v2/vendors/${vendorId}/security-reviews/${reviewId}`,
        headers: t.bearer('manager'),
        payload: { socForm: { reviewerInformation: { reviewerUserId } } },
      });
    const riley = findUserByEmail(t.db, 'reviewer@example.com')?.id ?? 0;
    const ok = await assign(riley);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ socReviewForm: { reviewerInformation: { reviewerUserId: riley } } });
    expect(errorPaths(await assign(999999))).toEqual(['socForm.reviewerInformation.reviewerUserId']);
  });
});
