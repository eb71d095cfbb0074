import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Review } from '../../contract/review';
import { openDb } from '../store/db';
import { setPasswordHash } from '../store/users';
import { COMPLETE_FORM, createReview } from '../test/fixtures';
import { createTestApp, type TestApp } from '../test/harness';

/*
 * Review bodies are served from a cache of serialized reviews (review-json.ts). No read may ever return what a
 * write has replaced: after every kind of write, in this process or from another connection, the next GET (one
 * review, or a list page) answers the new data.
 */
let t: TestApp;
let vendorId: number;
let review: Review;
let url: string;
beforeAll(async () => {
  t = await createTestApp();
  vendorId = t.vendor('Cache Vendor');
  review = await createReview(t, vendorId, { title: 'First title' });
  url = `/public/v2/vendors/${vendorId}/security-reviews/${review.id}`;
});
afterAll(() => t.close());

const get = async (path: string) => {
  const res = await t.app.inject({ url: path, headers: t.bearer('reviewer') });
  expect(res.statusCode, res.body).toBe(200);
  return res;
};
const read = async (query = '') => Review.parse((await get(url + query)).json());
const listed = async () => {
  const res = await get(`/public/v2/vendors/${vendorId}/security-reviews?expand[]=user`);
  return res.json<{ data: { id: number; title: string; version: number }[] }>().data;
};
const put = (payload: Record<string, unknown>) =>
  t.app.inject({ method: 'PUT', url, headers: t.bearer('reviewer'), payload });

describe('cached review bodies', () => {
  it('a save, an action and a reopen are seen by the very next read and list', async () => {
    // Warm both caches first.
    expect((await read()).title).toBe('First title');
    expect((await listed())[0]?.title).toBe('First title');

    expect((await put({ title: 'Second title' })).statusCode).toBe(200);
    const saved = await get(url);
    expect(Review.parse(saved.json()).title).toBe('Second title');
    expect(saved.headers.etag).toBe('"2"');
    expect((await listed())[0]).toMatchObject({ title: 'Second title', version: 2 });

    expect((await put({ socForm: COMPLETE_FORM(t.userIds.reviewer) })).statusCode).toBe(200);
    const filled = await read();
    expect(filled.socReviewForm?.readyToFinalize).toBe(true);
    expect(filled.socReviewForm?.reviewerInformation.reviewer).toBe('Riley Chen');

    const finalize = await t.app.inject({
      method: 'POST',
      url: `${url}/actions`,
      headers: t.bearer('manager'),
      payload: { action: 'finalize' },
    });
    expect(finalize.statusCode).toBe(200);
    expect((await read()).status).toBe('COMPLETED');
    const reopen = await t.app.inject({
      method: 'POST',
      url: `${url}/actions`,
      headers: t.bearer('manager'),
      payload: { action: 'reopen' },
    });
    expect(reopen.statusCode).toBe(200);
    const reopened = await read();
    expect(reopened.status).toBe('IN_PROGRESS');
    expect(reopened.version).toBe(5);
  });

  it('a change to a user (this process, or another connection such as the users CLI) is seen at once', async () => {
    const before = await read('?expand[]=user');
    expect(before.user?.firstName).toBe('Riley');

    setPasswordHash(t.db, t.userIds.reviewer, 'x', '2031-01-01T00:00:00.000Z');
    expect((await read('?expand[]=user')).user?.updatedAt).toBe('2031-01-01T00:00:00.000Z');

    const other = openDb(path.join(t.dataDir, 'soc-review.sqlite'));
    try {
      other.prepare('UPDATE users SET first_name = ? WHERE id = ?').run('Rowan', t.userIds.reviewer);
    } finally {
      other.close();
    }
    // Another process's commit is looked for at most once a millisecond (store/epoch.ts).
    await sleep(5);
    const after = await read('?expand[]=user');
    expect(after.user?.firstName).toBe('Rowan');
    expect(after.socReviewForm?.reviewerInformation.reviewer).toBe('Rowan Chen');
    expect((await listed())[0]).toMatchObject({ id: review.id });
    const page = (await get(`/public/v2/vendors/${vendorId}/security-reviews?expand[]=user`)).json<{
      data: Review[];
    }>();
    expect(page.data[0]?.user?.firstName).toBe('Rowan');
  });

  it('keeps expand sets apart, and a body is only ever answered for its own vendor', async () => {
    expect((await read()).user).toBeUndefined();
    expect((await read('?expand[]=user')).user?.id).toBe(t.userIds.reviewer);
    expect((await read('?expand[]=vendor&expand[]=user')).vendor?.name).toBe('Cache Vendor');
    // Same set, other order: same body.
    expect((await get(`${url}?expand[]=user&expand[]=vendor`)).body).toBe(
      (await get(`${url}?expand[]=vendor&expand[]=user`)).body,
    );

    const otherVendor = t.vendor('Other Vendor');
    const wrong = `/public/v2/vendors/${otherVendor}/security-reviews/${review.id}`;
    expect((await t.app.inject({ url: wrong, headers: t.bearer('reviewer') })).statusCode).toBe(404);
    // 404 comes before 400, cached or not; then the bad query is a 400.
    const missing = `/public/v2/vendors/999999/security-reviews/${review.id}?expand[]=nope`;
    expect((await t.app.inject({ url: missing, headers: t.bearer('reviewer') })).statusCode).toBe(404);
    const bad = await t.app.inject({ url: `${url}?expand[]=nope`, headers: t.bearer('reviewer') });
    expect(bad.statusCode).toBe(400);
  });

  it('a list page is the same bytes as the reviews read one by one', async () => {
    const second = await createReview(t, vendorId, { title: 'Another', type: 'SECURITY' });
    const page = await get(
      `/public/v2/vendor-security-reviews?vendorIds[]=${vendorId}&expand[]=vendor&sort=createdAt&sortDir=ASC`,
    );
    expect(page.headers['content-type']).toBe('application/json; charset=utf-8');
    const one = async (id: number) =>
      (await get(`/public/v2/vendors/${vendorId}/security-reviews/${id}?expand[]=vendor`)).body;
    expect(page.body).toBe(
      `{"data":[${await one(review.id)},${await one(second.id)}],"pagination":{"cursor":null}}`,
    );
  });
});
