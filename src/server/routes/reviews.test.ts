import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorBody } from '../../contract/errors';
import { Review } from '../../contract/review';
import { createTestApp, type TestApp } from '../test/harness';
import { createReview } from '../test/fixtures';

let t: TestApp;
let vendorId: number;
let otherVendorId: number;
beforeAll(async () => {
  t = await createTestApp();
  vendorId = t.vendor('Northwind');
  otherVendorId = t.vendor('Other');
});
afterAll(() => t.close());

const base = () => `/public/v2/vendors/${vendorId}/security-reviews`;
const valid = {
  securityReviewType: 'SECURITY',
  securityReviewStatus: 'NOT_YET_STARTED',
  reviewDeadlineAt: '2030-06-01T12:00:00+02:00',
};

describe('POST /vendors/{vendorId}/security-reviews (op 3)', () => {
  it('creates a review: 201, PENDING, requester = caller, version 1, ETag, link', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: base(),
      headers: t.bearer('reviewer'),
      payload: { ...valid, title: 'Q3', note: 'n' },
    });
    expect(res.statusCode).toBe(201);
    const review = Review.parse(res.json());
    expect(review).toMatchObject({
      title: 'Q3',
      note: 'n',
      type: 'SECURITY',
      status: 'NOT_YET_STARTED',
      decision: 'PENDING',
      vendorId,
      userId: null,
      requesterUserId: t.userIds.reviewer,
      reviewDeadlineAt: '2030-06-01T10:00:00.000Z',
      version: 1,
      finalization: null,
    });
    expect(review._links?.self.href).toBe(`/vendors/${vendorId}/reviews/${review.id}`);
    expect(res.headers.etag).toBe('"1"');
    expect(review.socReviewForm).toBeUndefined();
  });

  it('a SOC_REPORT review carries an empty socReviewForm', async () => {
    const review = await createReview(t, vendorId, { type: 'SOC_REPORT' });
    expect(review.socReviewForm?.readyToFinalize).toBe(false);
    expect(review.socReviewForm?.reviewerInformation.reviewer).toBeNull();
  });

  it('takes an explicit requester and requestedAt', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: base(),
      headers: t.bearer('manager'),
      payload: { ...valid, requesterUserId: t.userIds.auditor, requestedAt: '2025-01-02T03:04:05Z' },
    });
    expect(res.json()).toMatchObject({
      requesterUserId: t.userIds.auditor,
      requestedAt: '2025-01-02T03:04:05.000Z',
    });
  });

  it('a requesterUserId naming no user → 400 at requesterUserId', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: base(),
      headers: t.bearer('reviewer'),
      payload: { ...valid, requesterUserId: 9999 },
    });
    expect(res.statusCode).toBe(400);
    expect(ErrorBody.parse(res.json()).errors).toEqual([
      { path: 'requesterUserId', message: 'No user has this id' },
    ]);
  });

  it.each([
    [{ ...valid, securityReviewType: 'NOPE' }, 'securityReviewType'],
    [{ ...valid, title: 'x'.repeat(192) }, 'title'],
    [{ ...valid, note: 'x'.repeat(1001) }, 'note'],
    [{ ...valid, reviewDeadlineAt: 'tomorrow' }, 'reviewDeadlineAt'],
    [{ ...valid, extra: 1 }, 'extra'],
    [{ securityReviewType: 'SECURITY', securityReviewStatus: 'IN_PROGRESS' }, 'reviewDeadlineAt'],
  ])('400 with the field path (%#)', async (payload, path) => {
    const res = await t.app.inject({ method: 'POST', url: base(), headers: t.bearer('reviewer'), payload });
    expect(res.statusCode).toBe(400);
    const body = ErrorBody.parse(res.json());
    expect(body).toMatchObject({
      name: 'BadRequestException',
      statusCode: 400,
      code: 400,
      message: 'Malformed data and/or validation errors',
    });
    expect(body.errors?.map((e) => e.path)).toContain(path);
  });

  it('unknown vendor → 404 (before the body is judged)', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/public/v2/vendors/9999/security-reviews',
      headers: t.bearer('reviewer'),
      payload: { bad: true },
    });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({
      name: 'NotFoundException',
      statusCode: 404,
      message: 'Not Found',
      code: 404,
    });
  });

  it('401 without credentials, 403 for the auditor', async () => {
    expect((await t.app.inject({ method: 'POST', url: base(), payload: valid })).statusCode).toBe(401);
    expect(
      (await t.app.inject({ method: 'POST', url: base(), headers: t.bearer('auditor'), payload: valid }))
        .statusCode,
    ).toBe(403);
  });
});

describe('GET /vendors/{vendorId}/security-reviews/{id} (op 5)', () => {
  it('answers the review with its ETag', async () => {
    const created = await createReview(t, vendorId);
    const res = await t.app.inject({ url: `${base()}/${created.id}`, headers: t.bearer('auditor') });
    expect(res.statusCode).toBe(200);
    expect(res.headers.etag).toBe(`"${created.version}"`);
    expect(Review.parse(res.json())).toEqual(created);
  });

  it('expands user and requesterUser on request', async () => {
    const created = await createReview(t, vendorId);
    const res = await t.app.inject({
      url: `${base()}/${created.id}?expand[]=requesterUser&expand[]=user`,
      headers: t.bearer('auditor'),
    });
    const review = Review.parse(res.json());
    expect(review.user).toBeNull();
    expect(review.requesterUser).toMatchObject({
      id: t.userIds.reviewer,
      email: 'reviewer@example.com',
      firstName: 'Riley',
    });
    expect(review.vendor).toBeUndefined();
  });

  it('404: unknown id, a review of another vendor, a non-integer id, an unknown vendor', async () => {
    const created = await createReview(t, vendorId);
    const h = t.bearer('reviewer');
    for (const url of [
      `${base()}/99999`,
      `/public/v2/vendors/${otherVendorId}/security-reviews/${created.id}`,
      `${base()}/abc`,
      `${base()}/1.5`,
      `${base()}/0`,
      `/public/v2/vendors/x/security-reviews/${created.id}`,
      `/public/v2/vendors/9999/security-reviews/${created.id}`,
    ]) {
      const res = await t.app.inject({ url, headers: h });
      expect(res.statusCode, url).toBe(404);
      expect(res.json()).toMatchObject({ name: 'NotFoundException', code: 404 });
    }
  });

  it('an unknown expand value → 400', async () => {
    const created = await createReview(t, vendorId);
    const res = await t.app.inject({
      url: `${base()}/${created.id}?expand[]=everything`,
      headers: t.bearer('reviewer'),
    });
    expect(res.statusCode).toBe(400);
  });
});
