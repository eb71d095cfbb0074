import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorBody } from '../../contract/errors';
import { createTestApp, type TestApp } from '../test/harness';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  // Routes that fail the way real bugs do: a thrown error carrying SQL, a driver error from SQLite.
  t.app.get('/public/v2/boom', { config: { permission: 'vendors-get' } }, async () => {
    throw new Error('SELECT password_hash FROM users WHERE id = 1');
  });
  t.app.get('/public/v2/boom-sql', { config: { permission: 'vendors-get' } }, async () => {
    t.db.prepare('SELECT * FROM no_such_table').all();
    return 'unreachable';
  });
});
afterAll(() => t.close());

describe('error bodies', () => {
  it('500: the fixed body with the request id; no stack, no SQL', async () => {
    for (const url of ['/public/v2/boom', '/public/v2/boom-sql']) {
      const res = await t.app.inject({ url, headers: t.bearer('auditor') });
      expect(res.statusCode).toBe(500);
      const body = ErrorBody.parse(res.json());
      expect(body).toEqual({
        name: 'InternalServerErrorException',
        statusCode: 500,
        message: 'Internal server error',
        code: 500,
        requestId: res.headers['x-request-id'],
      });
      expect(body.requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(res.body).not.toMatch(/SELECT|no_such_table|password|\bat\b|stack|\.ts/i);
    }
  });

  it('unknown /public/v2 routes and methods → 404 in the same shape', async () => {
    for (const [method, url] of [
      ['GET', '/public/v2/nothing-here'],
      ['POST', '/public/v2/vendors/1/nothing'],
      ['DELETE', '/public/v2/vendors/1/security-reviews/1'],
      ['PATCH', '/public/v2/vendors'],
      ['GET', '/auth/nothing'],
    ] as const) {
      const res = await t.app.inject({
        method,
        url,
        headers: { ...t.bearer('manager'), accept: 'text/html' },
      });
      expect(res.statusCode, `${method} ${url}`).toBe(404);
      expect(res.json()).toEqual({
        name: 'NotFoundException',
        statusCode: 404,
        message: 'Not Found',
        code: 404,
      });
    }
  });

  it('framework errors keep the shape (a badly encoded URL, an empty JSON body)', async () => {
    const bad = await t.app.inject({ url: '/public/v2/vendors/%E0%A4%A', headers: t.bearer('auditor') });
    expect(bad.statusCode).toBe(400);
    expect(ErrorBody.parse(bad.json()).code).toBe(400);
    const empty = await t.app.inject({
      method: 'POST',
      url: '/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '',
    });
    expect(empty.statusCode).toBe(400);
    expect(ErrorBody.parse(empty.json()).name).toBe('BadRequestException');
  });

  it('every error answer is JSON, carries the request id header and the security headers', async () => {
    const res = await t.app.inject({ url: '/public/v2/vendors' });
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['x-request-id']).toBeTruthy();
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('a client cannot choose its request id', async () => {
    const res = await t.app.inject({
      url: '/public/v2/vendors',
      headers: { 'request-id': 'forged', 'x-request-id': 'forged' },
    });
    expect(res.headers['x-request-id']).not.toBe('forged');
  });
});
