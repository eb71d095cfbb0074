import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VendorDocument } from '../../contract/files';
import { pdf } from '../files/test-fixtures';
import { postForm } from '../files/test-multipart';
import { createTestApp, errorOf, ORIGIN, type TestApp } from '../test/harness';

/*
 * Security headers on every kind of answer (issue 6): API JSON, errors of every origin (our handler, the
 * router, the body parser, the rate limiter, a crash), the SPA's index.html and assets, and file downloads.
 */
let t: TestApp;
let downloadUrl = '';
beforeAll(async () => {
  t = await createTestApp();
  const dist = path.join(t.dataDir, 'dist');
  mkdirSync(path.join(dist, 'assets'), { recursive: true });
  writeFileSync(
    path.join(dist, 'index.html'),
    '<!doctype html><title>SOC</title><script type="module" src="/assets/app-1.js"></script>',
  );
  writeFileSync(path.join(dist, 'assets', 'app-1.js'), 'console.log(1)');
  t.app.get('/public/v2/boom', { config: { permission: 'vendors-get' } }, async () => {
    throw new Error('boom');
  });
  const vendorId = t.vendor();
  const res = await postForm(t, `/public/v2/vendors/${vendorId}/documents`, [
    ['file', pdf(), 'a.pdf', 'application/pdf'],
  ]);
  downloadUrl = VendorDocument.parse(res.json()).downloadUrl?.signedUrl ?? '';
});
afterAll(() => t.close());

function expectSecurityHeaders(res: LightMyRequestResponse, what: string) {
  const csp = String(res.headers['content-security-policy'] ?? '');
  const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
  expect(csp, what).toContain("frame-ancestors 'none'");
  expect(csp, what).toContain("default-src 'self'");
  expect(scriptSrc, what).toContain("'self'");
  expect(scriptSrc, what).not.toContain('unsafe-inline');
  expect(scriptSrc, what).not.toContain('unsafe-eval');
  expect(res.headers['x-content-type-options'], what).toBe('nosniff');
  expect(res.headers['referrer-policy'], what).toBe('same-origin');
  expect(res.headers['x-frame-options'], what).toBe('DENY');
}

describe('security headers', () => {
  it('are on API answers, every kind of error, the SPA, its assets and downloads', async () => {
    const manager = t.bearer('manager');
    const cases: [string, InjectOptions, number][] = [
      ['API JSON', { url: '/public/v2/vendors', headers: manager }, 200],
      ['401', { url: '/public/v2/vendors' }, 401],
      [
        '403',
        {
          method: 'POST',
          url: '/public/v2/vendors/1/security-reviews/1/actions',
          headers: t.bearer('auditor'),
        },
        403,
      ],
      ['404 route', { url: '/public/v2/nothing', headers: manager }, 404],
      [
        '400 broken JSON',
        {
          method: 'POST',
          url: '/auth/login',
          headers: { origin: ORIGIN, 'content-type': 'application/json' },
          payload: '{',
        },
        400,
      ],
      ['400 bad URL encoding', { url: '/public/v2/vendors/%E0%A4%A', headers: manager }, 400],
      ['500', { url: '/public/v2/boom', headers: manager }, 500],
      [
        'login',
        {
          method: 'POST',
          url: '/auth/login',
          headers: { origin: ORIGIN },
          payload: { email: 'manager@example.com', password: 'demo' },
        },
        200,
      ],
      ['index.html', { url: '/reviews', headers: { accept: 'text/html' } }, 200],
      ['asset', { url: '/assets/app-1.js' }, 200],
      ['download', { url: downloadUrl }, 200],
      ['download 404', { url: '/files/not-a-token' }, 404],
    ];
    for (const [what, request, status] of cases) {
      const res = await t.app.inject(request);
      expect(res.statusCode, what).toBe(status);
      expectSecurityHeaders(res, what);
    }
  });

  it('the rate limit answers 429 in the error shape, with Retry-After and the headers', async () => {
    const limited = await createTestApp({ env: { RATE_LIMIT_PER_MIN: '3' } });
    try {
      const statuses: number[] = [];
      let last: LightMyRequestResponse | undefined;
      for (let i = 0; i < 5; i++) {
        last = await limited.app.inject({ url: '/public/v2/vendors', headers: limited.bearer('reviewer') });
        statuses.push(last.statusCode);
      }
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      if (!last) throw new Error('no answer');
      expect(errorOf(last)).toEqual({
        name: 'TooManyRequestsException',
        statusCode: 429,
        message: 'Too many requests',
        code: 429,
      });
      expect(Number(last.headers['retry-after'])).toBeGreaterThan(0);
      expectSecurityHeaders(last, '429');
      // Another credential has its own budget.
      const other = await limited.app.inject({
        url: '/public/v2/vendors',
        headers: limited.bearer('auditor'),
      });
      expect(other.statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });
});
