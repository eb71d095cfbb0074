import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/harness';
import { createReview } from '../test/fixtures';

/* The upload routes as declared by server-core: 404 checks come before anything else the route does. */
let t: TestApp;
let v: number;
let r: number;
beforeAll(async () => {
  t = await createTestApp();
  v = t.vendor();
  r = (await createReview(t, v)).id;
});
afterAll(() => t.close());

describe('upload routes: 404s', () => {
  it.each([
    ['POST', '/public/v2/vendors/999/security-reviews/with-file'],
    ['POST', '/public/v2/vendors/999/security-questionnaires'],
    ['GET', '/public/v2/vendors/999/security-questionnaires'],
    ['GET', '/public/v2/vendors/V/security-reviews/999/security-questionnaires'],
    ['POST', '/public/v2/vendors/V/security-reviews/999/security-questionnaires'],
    ['POST', '/public/v2/vendors/999/documents'],
    ['GET', '/public/v2/vendors/999/documents'],
    ['GET', '/public/v2/vendors/V/documents/999'],
    ['GET', '/files/not-a-valid-token'],
  ])('%s %s', async (method, url) => {
    const res = await t.app.inject({
      method: method as 'GET',
      url: url.replace('/V/', `/${v}/`),
      headers: t.bearer('manager'),
    });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({
      name: 'NotFoundException',
      statusCode: 404,
      message: 'Not Found',
      code: 404,
    });
  });

  it('a review of another vendor is a 404 for its questionnaires', async () => {
    const other = t.vendor('Other');
    const res = await t.app.inject({
      url: `/public/v2/vendors/${other}/security-reviews/${r}/security-questionnaires`,
      headers: t.bearer('manager'),
    });
    expect(res.statusCode).toBe(404);
  });

  it('lists answer pages in the list shape', async () => {
    for (const url of [
      `/public/v2/vendors/${v}/security-questionnaires`,
      `/public/v2/vendors/${v}/security-reviews/${r}/security-questionnaires`,
      `/public/v2/vendors/${v}/documents`,
    ]) {
      const res = await t.app.inject({ url, headers: t.bearer('auditor') });
      expect(res.statusCode, url).toBe(200);
      expect(res.json()).toEqual({ data: [], pagination: { cursor: null } });
    }
  });
});
