import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReviewStatus, ReviewType } from '../../contract/enums';
import { ActionResult, ActionsResponse, Review } from '../../contract/review';
import { findReview } from '../store/reviews';
import { createTestApp, errorOf, errorPaths, type TestApp } from '../test/harness';
import { COMPLETE_FORM, createReview } from '../test/fixtures';

let t: TestApp;
let vendorId: number;
beforeAll(async () => {
  t = await createTestApp();
  vendorId = t.vendor();
});
afterAll(() => t.close());

const path = (id: number, suffix = '/actions') =>
  `/public/v2/vendors/${vendorId}/security-reviews/${id}${suffix}`;
const offered = async (id: number) => {
  const res = await t.app.inject({ url: path(id), headers: t.bearer('auditor') });
  expect(res.statusCode).toBe(200);
  return ActionsResponse.parse(res.json()).data.map((a) => a.action);
};
const act = (id: number, payload: unknown, headers: Record<string, string> = {}) =>
  t.app.inject({
    method: 'POST',
    url: path(id),
    headers: { ...t.bearer('manager'), ...headers },
    payload: payload as object,
  });
const read = async (id: number) =>
  Review.parse((await t.app.inject({ url: path(id, ''), headers: t.bearer('auditor') })).json());

async function readySocReview() {
  const r = await createReview(t, vendorId);
  const res = await t.app.inject({
    method: 'PUT',
    url: path(r.id, ''),
    headers: t.bearer('reviewer'),
    payload: { socForm: COMPLETE_FORM(t.userIds.reviewer) },
  });
  expect(Review.parse(res.json()).socReviewForm?.readyToFinalize).toBe(true);
  return r.id;
}

describe('GET …/actions (op 10): what each state offers', () => {
  it.each([
    ['SECURITY', 'NOT_YET_STARTED', ['finalize']],
    ['UPLOAD_REPORT', 'IN_PROGRESS', ['finalize']],
    ['SECURITY', 'COMPLETED', ['reopen']],
    ['SECURITY', 'NOT_REQUIRED', []],
    ['SOC_REPORT', 'NOT_YET_STARTED', []],
    ['SOC_REPORT', 'COMPLETED', ['reopen']],
  ] as [ReviewType, ReviewStatus, string[]][])('%s %s → %j', async (type, status, actions) => {
    const r = await createReview(t, vendorId, { type, status });
    expect(await offered(r.id)).toEqual(actions);
  });

  it('a SOC review offers finalize once ready, and not after a field is cleared', async () => {
    const id = await readySocReview();
    expect(await offered(id)).toEqual(['finalize']);
    await t.app.inject({
      method: 'PUT',
      url: path(id, ''),
      headers: t.bearer('reviewer'),
      payload: { socForm: { cpaFirm: { cpaFirm: null } } },
    });
    expect(await offered(id)).toEqual([]);
  });

  it('404 for an unknown review', async () => {
    expect((await t.app.inject({ url: path(99999), headers: t.bearer('auditor') })).statusCode).toBe(404);
  });
});

describe('POST …/actions (op 11)', () => {
  it('finalize: COMPLETED, decision APPROVED by default, finalization recorded, version +1', async () => {
    const r = await createReview(t, vendorId, { type: 'SECURITY' });
    const res = await act(r.id, { action: 'finalize' });
    expect(res.statusCode).toBe(200);
    expect(ActionResult.parse(res.json())).toEqual({
      success: true,
      newStatus: 'COMPLETED',
      message: 'Security review finalized successfully',
    });
    expect(res.headers.etag).toBe('"2"');
    const after = await read(r.id);
    expect(after).toMatchObject({ status: 'COMPLETED', decision: 'APPROVED', version: 2 });
    expect(after.finalization).toMatchObject({
      decision: 'APPROVED',
      note: null,
      byUserId: t.userIds.manager,
    });
  });

  it('finalize with a decision and a note keeps both with the finalization', async () => {
    const id = await readySocReview();
    const res = await act(id, {
      action: 'finalize',
      decision: 'APPROVED_WITH_CONDITIONS',
      note: 'Bridge letter due in Q3',
    });
    expect(res.statusCode).toBe(200);
    const after = await read(id);
    expect(after.decision).toBe('APPROVED_WITH_CONDITIONS');
    expect(after.finalization).toMatchObject({
      decision: 'APPROVED_WITH_CONDITIONS',
      note: 'Bridge letter due in Q3',
    });
  });

  it('finalize of a SOC review that is not ready → 422 with Drata wording, nothing written', async () => {
    const r = await createReview(t, vendorId);
    const res = await act(r.id, { action: 'finalize' });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toEqual({
      name: 'UnprocessableEntityException',
      statusCode: 422,
      code: 422,
      message: 'The requested action is not available for the current state of this security review.',
    });
    expect(findReview(t.db, r.id)?.status).toBe('NOT_YET_STARTED');
  });

  it('actions not offered → 422 (reopen an open review, finalize twice, anything on NOT_REQUIRED)', async () => {
    const open = await createReview(t, vendorId, { type: 'SECURITY' });
    expect((await act(open.id, { action: 'reopen' })).statusCode).toBe(422);
    expect((await act(open.id, { action: 'finalize' })).statusCode).toBe(200);
    expect((await act(open.id, { action: 'finalize' })).statusCode).toBe(422);
    const nr = await createReview(t, vendorId, { type: 'SECURITY', status: 'NOT_REQUIRED' });
    expect((await act(nr.id, { action: 'finalize' })).statusCode).toBe(422);
    expect((await act(nr.id, { action: 'reopen' })).statusCode).toBe(422);
  });

  it('reopen keeps the decision; resetDecision: true sets it back to PENDING', async () => {
    const r = await createReview(t, vendorId, { type: 'SECURITY' });
    await act(r.id, { action: 'finalize', decision: 'REJECTED' });
    const res = await act(r.id, { action: 'reopen' });
    expect(ActionResult.parse(res.json())).toEqual({
      success: true,
      newStatus: 'IN_PROGRESS',
      message: 'Security review reopened successfully',
    });
    expect(await read(r.id)).toMatchObject({ status: 'IN_PROGRESS', decision: 'REJECTED' });
    expect(await offered(r.id)).toEqual(['finalize']);
    await act(r.id, { action: 'finalize' });
    await act(r.id, { action: 'reopen', resetDecision: true });
    const after = await read(r.id);
    expect(after).toMatchObject({ status: 'IN_PROGRESS', decision: 'PENDING', version: 5 });
    // The latest finalization stays on record.
    expect(after.finalization?.decision).toBe('APPROVED');
  });

  it.each([
    [{ action: 'finalize', decision: 'PENDING' }, 'decision'],
    [{ action: 'reopen', decision: 'APPROVED' }, 'decision'],
    [{ action: 'reopen', note: 'x' }, 'note'],
    [{ action: 'finalize', resetDecision: true }, 'resetDecision'],
    [{ action: 'finalize', resetDecision: false }, 'resetDecision'],
    [{ action: 'archive' }, 'action'],
    [{ action: 'finalize', note: 'x'.repeat(1001) }, 'note'],
    [{ action: 'finalize', extra: 1 }, 'extra'],
    [{}, 'action'],
  ])('%j → 400 at %s', async (payload, field) => {
    const r = await createReview(t, vendorId, { type: 'SECURITY' });
    const res = await act(r.id, payload);
    expect(res.statusCode).toBe(400);
    expect(errorPaths(res)).toContain(field);
    expect(findReview(t.db, r.id)?.version).toBe(1);
  });

  it('400 beats 422 (a bad body for an action not offered)', async () => {
    const r = await createReview(t, vendorId, { type: 'SECURITY', status: 'NOT_REQUIRED' });
    expect((await act(r.id, { action: 'finalize', decision: 'PENDING' })).statusCode).toBe(400);
  });

  it('If-Match: stale → 409 with current and nothing written (409 beats 422); current → done', async () => {
    const r = await createReview(t, vendorId, { type: 'SECURITY' });
    const stale = await act(r.id, { action: 'reopen' }, { 'if-match': '"9"' });
    expect(stale.statusCode).toBe(409);
    expect(Review.parse(errorOf(stale).current)).toEqual(r);
    expect((await act(r.id, { action: 'finalize' }, { 'if-match': '"9"' })).statusCode).toBe(409);
    expect(findReview(t.db, r.id)?.status).toBe('NOT_YET_STARTED');
    expect((await act(r.id, { action: 'finalize' }, { 'if-match': '"1"' })).statusCode).toBe(200);
  });

  it('only the manager may act: reviewer and auditor → 403 (before 404 and 400)', async () => {
    const r = await createReview(t, vendorId, { type: 'SECURITY' });
    for (const role of ['reviewer', 'auditor'] as const) {
      const res = await t.app.inject({
        method: 'POST',
        url: path(r.id),
        headers: t.bearer(role),
        payload: { action: 'finalize' },
      });
      expect(res.statusCode).toBe(403);
      const missing = await t.app.inject({
        method: 'POST',
        url: path(99999),
        headers: t.bearer(role),
        payload: { bogus: 1 },
      });
      expect(missing.statusCode).toBe(403);
    }
  });
});
