import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_MESSAGES, ERROR_NAMES, ErrorBody, type ErrorStatus } from '../../contract/errors';
import { pdf } from '../files/test-fixtures';
import { postForm } from '../files/test-multipart';
import { createReview } from '../test/fixtures';
import { createTestApp, ORIGIN, type TestApp } from '../test/harness';
import { contentHash } from './db-snapshot';
import { jsonRequest } from './hostile-json';
import type { HostileRequest, Ids } from './hostile-ops';
import { multipartRequest } from './hostile-multipart';
import { downloadRequest, readRequest } from './hostile-query';

/*
 * Property: whatever malformed request arrives, on any operation, the answer is a 4xx in API.md's error shape
 * (never a 5xx, never a success), and nothing of the database or the file store changed.
 */
const RUNS = 400;
let t: TestApp;
let ids: Ids;
const seen = { count: 0, byStatus: {} as Record<number, number>, byKind: {} as Record<string, number> };

beforeAll(async () => {
  t = await createTestApp({ env: { RATE_LIMIT_PER_MIN: '1000000' } });
  const vendorId = t.vendor();
  const review = await createReview(t, vendorId);
  const doc = await postForm(t, `/public/v2/vendors/${vendorId}/documents`, [
    ['securityReviewId', String(review.id)],
    ['file', pdf(['seed']), 'seed.pdf', 'application/pdf'],
  ]);
  expect(doc.statusCode).toBe(201);
  ids = {
    vendorId,
    reviewId: review.id,
    documentId: doc.json<{ id: number }>().id,
    auth: t.bearer('manager'),
    origin: ORIGIN,
  };
  // Use the key once, so its once-a-minute "last used" touch happens before the first snapshot.
  await t.app.inject({ url: '/public/v2/vendors', headers: ids.auth });
});
afterAll(() => t.close());

async function check(req: HostileRequest): Promise<void> {
  const before = contentHash(t.db, t.dataDir);
  const res = await t.app.inject({
    method: req.method,
    url: req.url,
    headers: req.headers,
    ...(req.payload !== undefined ? { payload: req.payload } : {}),
  });
  const where = `${req.label} → ${res.statusCode} ${res.body.slice(0, 300)}`;
  expect(res.statusCode, where).toBeGreaterThanOrEqual(400);
  expect(res.statusCode, where).toBeLessThan(500);
  expect(res.headers['content-type'], where).toMatch(/^application\/json/);
  const body = ErrorBody.parse(res.json());
  const status = res.statusCode as ErrorStatus;
  expect(body, where).toMatchObject({
    statusCode: status,
    code: status,
    name: ERROR_NAMES[status],
    message: ERROR_MESSAGES[status],
  });
  expect(res.body, where).not.toMatch(/SQLITE|SELECT |INSERT |stack|at \w+ \(|\.ts:\d/);
  expect(contentHash(t.db, t.dataDir), `${where}: the store changed`).toBe(before);
  seen.count++;
  seen.byStatus[status] = (seen.byStatus[status] ?? 0) + 1;
  const kind = req.label.split(':')[0] ?? '';
  seen.byKind[kind] = (seen.byKind[kind] ?? 0) + 1;
}

describe('hostile input', () => {
  it(`${RUNS} generated malformed requests across all operations: 4xx in the error shape, nothing changed`, async () => {
    const anyRequest = fc.oneof(
      { arbitrary: jsonRequest(ids), weight: 4 },
      { arbitrary: multipartRequest(ids), weight: 3 },
      { arbitrary: readRequest(ids), weight: 3 },
      { arbitrary: downloadRequest, weight: 1 },
    );
    await fc.assert(fc.asyncProperty(anyRequest, check), { numRuns: RUNS, endOnFailure: true });
    console.log(
      `hostile: ${seen.count} malformed requests, all refused; by status ${JSON.stringify(seen.byStatus)}; ` +
        `${Object.keys(seen.byKind).length} kinds of operation`,
    );
    expect(seen.count).toBeGreaterThanOrEqual(300);
  }, 60_000);
});
