import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayUtc } from '../../contract/primitives';
import { Review } from '../../contract/review';
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

const url = (id: number) => `/public/v2/vendors/${vendorId}/security-reviews/${id}`;
async function put(id: number, payload: unknown, headers: Record<string, string> = {}) {
  return t.app.inject({
    method: 'PUT',
    url: url(id),
    headers: { ...t.bearer('reviewer'), ...headers },
    payload: payload as object,
  });
}
async function save(id: number, payload: unknown, headers: Record<string, string> = {}) {
  const res = await put(id, payload, headers);
  expect(res.statusCode, res.body).toBe(200);
  return Review.parse(res.json());
}

describe('PUT /vendors/{vendorId}/security-reviews/{id} (op 6): partial saves', () => {
  it('the first real edit moves NOT_YET_STARTED → IN_PROGRESS and bumps the version', async () => {
    const r = await createReview(t, vendorId);
    const saved = await save(r.id, { title: 'Renamed' });
    expect(saved).toMatchObject({ title: 'Renamed', status: 'IN_PROGRESS', version: 2 });
    expect(saved.updatedAt >= r.updatedAt).toBe(true);
    const again = await save(r.id, { socForm: { cpaFirm: { cpaFirm: 'X LLP' } } });
    expect(again).toMatchObject({ status: 'IN_PROGRESS', version: 3 });
  });

  it('{} is not an edit: no version, status or updatedAt change', async () => {
    const r = await createReview(t, vendorId);
    const res = await put(r.id, {});
    expect(res.statusCode).toBe(200);
    expect(res.headers.etag).toBe('"1"');
    expect(Review.parse(res.json())).toEqual(r);
    // Nor is a save of values equal to the stored ones.
    expect(await save(r.id, { title: r.title ?? '', socForm: { cpaFirm: { cpaFirm: null } } })).toEqual(r);
  });

  it('omitted keys stay, null clears a scalar, nested sections merge', async () => {
    const r = await createReview(t, vendorId);
    await save(r.id, { socForm: COMPLETE_FORM(t.userIds.reviewer) });
    const saved = await save(r.id, {
      socForm: {
        reportOpinion: { encompassBusinessNeeds: null },
        complianceScope: { auditPeriodRange: null },
      },
    });
    const f = saved.socReviewForm;
    expect(f?.reportOpinion).toMatchObject({ reportOpinion: 'UNQUALIFIED', encompassBusinessNeeds: null });
    expect(f?.complianceScope).toMatchObject({ certification: 'SOC_2', auditPeriodRange: null });
    expect(f?.reportOpinion.missingRequiredFields).toEqual(['reportOpinion.encompassBusinessNeeds']);
    expect(f?.complianceScope.missingRequiredFields).toEqual(['complianceScope.auditPeriodRange']);
    expect(f?.cpaFirm.cpaFirm).toBe('Example CPA LLP');
  });

  it('the reviewer: userId, reviewer display name, reviewerUserId; null clears them', async () => {
    const r = await createReview(t, vendorId);
    const saved = await save(r.id, {
      socForm: { reviewerInformation: { reviewerUserId: t.userIds.manager } },
    });
    expect(saved.userId).toBe(t.userIds.manager);
    expect(saved.socReviewForm?.reviewerInformation).toMatchObject({
      reviewer: 'Morgan Patel',
      reviewerUserId: t.userIds.manager,
    });
    const cleared = await save(r.id, { socForm: { reviewerInformation: { reviewerUserId: null } } });
    expect(cleared.userId).toBeNull();
    expect(cleared.socReviewForm?.reviewerInformation.reviewer).toBeNull();
  });

  it('a reviewerUserId naming no user → 400 at its path', async () => {
    const r = await createReview(t, vendorId);
    const res = await put(r.id, { socForm: { reviewerInformation: { reviewerUserId: 4242 } } });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).errors).toEqual([
      { path: 'socForm.reviewerInformation.reviewerUserId', message: 'No user has this id' },
    ]);
  });

  it('an auditor cannot be assigned as reviewer → 400 at its path; nothing is written', async () => {
    const r = await createReview(t, vendorId);
    const res = await put(r.id, { socForm: { reviewerInformation: { reviewerUserId: t.userIds.auditor } } });
    expect(res.statusCode).toBe(400);
    expect(errorPaths(res)).toEqual(['socForm.reviewerInformation.reviewerUserId']);
    expect(findReview(t.db, r.id)?.version).toBe(1);
  });

  it('lists: items sent are appended, [] clears, X-List-Mode: replace replaces', async () => {
    const r = await createReview(t, vendorId);
    const services = async (payload: unknown, headers?: Record<string, string>) =>
      (await save(r.id, { socForm: { servicesAndLocations: payload } }, headers)).socReviewForm
        ?.servicesAndLocations;
    expect((await services({ services: [{ name: 'A' }] }))?.services).toEqual([{ name: 'A' }]);
    expect((await services({ services: [{ name: 'B' }, { name: 'C' }] }))?.services).toEqual([
      { name: 'A' },
      { name: 'B' },
      { name: 'C' },
    ]);
    const replaced = await services(
      { services: [{ name: 'Z' }], locations: [{ city: 'Oslo', stateOrCountry: 'Norway' }] },
      { 'x-list-mode': 'replace' },
    );
    expect(replaced).toMatchObject({
      services: [{ name: 'Z' }],
      locations: [{ city: 'Oslo', stateOrCountry: 'Norway' }],
    });
    expect((await services({ services: [] }))?.services).toEqual([]);
    expect((await services({ services: [] }))?.locations).toHaveLength(1);
    // The same for the other lists.
    const other = await save(r.id, {
      socForm: {
        findings: { findings: [{ description: 'F1' }], hasMaterialImpact: false },
        endUserControls: { userControls: [{ description: 'MFA', inPlace: true }] },
      },
    });
    const more = await save(r.id, {
      socForm: { findings: { findings: [{ description: 'F2' }] }, endUserControls: { userControls: [] } },
    });
    expect(other.socReviewForm?.endUserControls.userControls).toHaveLength(1);
    expect(more.socReviewForm?.findings.findings).toEqual([{ description: 'F1' }, { description: 'F2' }]);
    expect(more.socReviewForm?.endUserControls.userControls).toEqual([]);
  });

  it('an unknown X-List-Mode → 400', async () => {
    const r = await createReview(t, vendorId);
    const res = await put(r.id, { title: 'x' }, { 'x-list-mode': 'merge' });
    expect(res.statusCode).toBe(400);
    expect(errorPaths(res)).toEqual(['X-List-Mode']);
  });

  it('socForm on a review that is not SOC_REPORT is ignored', async () => {
    const r = await createReview(t, vendorId, { type: 'SECURITY' });
    const res = await put(r.id, { socForm: { cpaFirm: { cpaFirm: 'X' } } });
    expect(res.statusCode).toBe(200);
    expect(Review.parse(res.json())).toEqual(r);
    expect(findReview(t.db, r.id)?.socForm).toBeNull();
  });
});

describe('PUT: validation → 400 with paths as in the body; nothing written', () => {
  it.each([
    [{ socForm: { cpaFirm: { cpaFirm: 'X', typo: 1 } } }, 'socForm.cpaFirm.typo'],
    [{ socForm: { complianceScop: {} } }, 'socForm.complianceScop'],
    [{ titel: 'x' }, 'titel'],
    [
      { socForm: { findings: { findings: [{ description: 'x', severity: 'high' }] } } },
      'socForm.findings.findings.0.severity',
    ],
    [
      { socForm: { complianceScope: { auditPeriodRange: { start: '2024-05-01', end: '2024-05-01' } } } },
      'socForm.complianceScope.auditPeriodRange.end',
    ],
    [
      { socForm: { complianceScope: { auditPeriodRange: { start: '2024-05-01', end: '2024-04-01' } } } },
      'socForm.complianceScope.auditPeriodRange.end',
    ],
    [{ socForm: { complianceScope: { certification: 'SOC_4' } } }, 'socForm.complianceScope.certification'],
    [
      { socForm: { complianceScope: { trustServiceCriteria: ['SECURITY', 'SECURITY'] } } },
      'socForm.complianceScope.trustServiceCriteria',
    ],
    [
      { socForm: { reportOpinion: { encompassBusinessNeeds: 'yes' } } },
      'socForm.reportOpinion.encompassBusinessNeeds',
    ],
    [
      { socForm: { findings: { findings: [{ description: '   ' }] } } },
      'socForm.findings.findings.0.description',
    ],
    [
      { socForm: { endUserControls: { userControls: [{ description: 'x' }] } } },
      'socForm.endUserControls.userControls.0.inPlace',
    ],
    [
      { socForm: { servicesAndLocations: { locations: [{ city: 'x'.repeat(192), stateOrCountry: 'y' }] } } },
      'socForm.servicesAndLocations.locations.0.city',
    ],
    [
      { socForm: { cpaFirm: { cpaProcedurePerformed: 'x'.repeat(30_001) } } },
      'socForm.cpaFirm.cpaProcedurePerformed',
    ],
    [{ title: '' }, 'title'],
    [{ title: 'x'.repeat(192) }, 'title'],
    [
      { socForm: { reviewerInformation: { reportIssueDate: '2025-02-30' } } },
      'socForm.reviewerInformation.reportIssueDate',
    ],
  ])('%j → %s', async (payload, path) => {
    const r = await createReview(t, vendorId);
    const res = await put(r.id, payload);
    expect(res.statusCode).toBe(400);
    expect(errorPaths(res)).toContain(path);
    expect(findReview(t.db, r.id)?.version).toBe(1);
  });

  it('a report issue date in the future → 400; today is fine', async () => {
    const r = await createReview(t, vendorId);
    const tomorrow = todayUtc(new Date(Date.now() + 86_400_000));
    const res = await put(r.id, { socForm: { reviewerInformation: { reportIssueDate: tomorrow } } });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).errors?.[0]).toEqual({
      path: 'socForm.reviewerInformation.reportIssueDate',
      message: 'The report issue date cannot be in the future',
    });
    await save(r.id, { socForm: { reviewerInformation: { reportIssueDate: todayUtc() } } });
  });

  it('malformed JSON, a wrong content type, an array body → 400 in the error shape', async () => {
    const r = await createReview(t, vendorId);
    for (const [contentType, payload] of [
      ['application/json', '{"title": '],
      ['text/plain', 'title=x'],
      ['application/x-www-form-urlencoded', 'title=x'],
      ['application/json', '[]'],
      ['application/json', '{"__proto__": {"x": 1}}'],
    ] as const) {
      const res = await t.app.inject({
        method: 'PUT',
        url: url(r.id),
        headers: { ...t.bearer('reviewer'), 'content-type': contentType },
        payload,
      });
      expect(res.statusCode, `${contentType} ${payload}`).toBe(400);
      expect(res.json()).toMatchObject({ name: 'BadRequestException', statusCode: 400, code: 400 });
    }
  });

  it('a body over the limit → 413 in the error shape', async () => {
    const r = await createReview(t, vendorId);
    const res = await put(r.id, { title: 'x'.repeat(6 * 1024 * 1024) });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ statusCode: 413, code: 413, name: 'PayloadTooLargeException' });
  });
});

describe('PUT: precedence, conflicts and completed reviews', () => {
  it('404 beats 400 (a bad body on a missing review)', async () => {
    const res = await t.app.inject({
      method: 'PUT',
      url: url(99999),
      headers: { ...t.bearer('reviewer'), 'content-type': 'application/json' },
      payload: '{oops',
    });
    expect(res.statusCode).toBe(404);
  });

  it('400 beats 409 (a bad body with a stale If-Match)', async () => {
    const r = await createReview(t, vendorId);
    expect((await put(r.id, { titel: 'x' }, { 'if-match': '"77"' })).statusCode).toBe(400);
  });

  it('If-Match: the current version saves; a stale one → 409 with current, nothing written', async () => {
    const r = await createReview(t, vendorId);
    const first = await save(r.id, { title: 'One' }, { 'if-match': '"1"' });
    expect(first.version).toBe(2);
    const res = await put(r.id, { title: 'Two' }, { 'if-match': '"1"' });
    expect(res.statusCode).toBe(409);
    const body = errorOf(res);
    expect(body).toMatchObject({ name: 'ConflictException', statusCode: 409, code: 409 });
    expect(Review.parse(body.current)).toEqual(first);
    expect(findReview(t.db, r.id)).toMatchObject({ title: 'One', version: 2 });
    // Weak tags and * are understood.
    expect((await save(r.id, { title: 'Three' }, { 'if-match': 'W/"2"' })).version).toBe(3);
    expect((await save(r.id, { title: 'Four' }, { 'if-match': '*' })).version).toBe(4);
  });

  it('a COMPLETED review → 409 until reopened', async () => {
    const r = await createReview(t, vendorId, { type: 'SECURITY', status: 'COMPLETED' });
    const res = await put(r.id, { title: 'late edit' });
    expect(res.statusCode).toBe(409);
    expect(Review.parse(errorOf(res).current).status).toBe('COMPLETED');
    expect(findReview(t.db, r.id)?.title).toBe('Annual review');
  });

  it('403 for the auditor, 401 without credentials', async () => {
    const r = await createReview(t, vendorId);
    expect(
      (
        await t.app.inject({
          method: 'PUT',
          url: url(r.id),
          headers: t.bearer('auditor'),
          payload: { title: 'x' },
        })
      ).statusCode,
    ).toBe(403);
    expect((await t.app.inject({ method: 'PUT', url: url(r.id), payload: { title: 'x' } })).statusCode).toBe(
      401,
    );
  });
});
