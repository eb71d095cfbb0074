import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VendorDocumentPage } from '../../contract/files';
import { Review } from '../../contract/review';
import { EXE, pdf } from '../files/test-fixtures';
import { postForm, postRefused, storeState, type Part } from '../files/test-multipart';
import { createTestApp, errorPaths, type TestApp } from '../test/harness';

/* Operation 4: the review, its document and the file are created together or not at all. */
let t: TestApp;
let v: number;
beforeAll(async () => {
  t = await createTestApp({ env: { MAX_UPLOAD_MB: '1' } });
  v = t.vendor();
});
afterAll(() => t.close());

const url = () => `/public/v2/vendors/${v}/security-reviews/with-file`;
const FIELDS: Part[] = [
  ['title', 'Acme SOC 2 Type 2, 2026'],
  ['reviewDeadlineAt', '2030-01-31T00:00:00Z'],
  ['securityReviewStatus', 'NOT_YET_STARTED'],
  ['securityReviewType', 'SOC_REPORT'],
];

async function documentsOf(reviewId: number) {
  const res = await t.app.inject({
    url: `/public/v2/vendors/${v}/documents?securityReviewId=${reviewId}&expand[]=downloadUrl`,
    headers: t.bearer('auditor'),
  });
  return VendorDocumentPage.parse(res.json()).data;
}

const refused = (parts: Part[], status: number) => postRefused(t, url(), parts, status);

describe('POST …/security-reviews/with-file', () => {
  it('creates the review and its document with fields before the file', async () => {
    const bytes = pdf(['Acme SOC 2']);
    const res = await postForm(t, url(), [...FIELDS, ['file', bytes, 'acme-soc2.pdf', 'application/pdf']]);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.headers.etag).toBe('"1"');
    const review = Review.parse(res.json());
    expect(review).toMatchObject({
      vendorId: v,
      title: 'Acme SOC 2 Type 2, 2026',
      type: 'SOC_REPORT',
      status: 'NOT_YET_STARTED',
      decision: 'PENDING',
      requesterUserId: t.userIds.reviewer,
    });
    const [doc] = await documentsOf(review.id);
    expect(doc).toMatchObject({ name: 'acme-soc2.pdf', type: 'COMPLIANCE_REPORT', size: bytes.length });
    const download = await t.app.inject({ url: doc?.downloadUrl?.signedUrl ?? '' });
    expect(download.rawPayload).toEqual(bytes);
  });

  it('reads fields after the file, and enum numbers (1-based) as strings', async () => {
    const res = await postForm(t, url(), [
      ['file', pdf(), 'letter.pdf'],
      ['title', 'Numbers'],
      ['reviewDeadlineAt', '2030-01-31T00:00:00Z'],
      ['securityReviewStatus', '2'],
      ['securityReviewType', '3'],
      ['documentType', '3'],
      ['requesterUserId', String(t.userIds.manager)],
      ['note', 'Sent by the vendor'],
    ]);
    expect(res.statusCode, res.body).toBe(201);
    const review = Review.parse(res.json());
    expect(review).toMatchObject({
      status: 'IN_PROGRESS',
      type: 'UPLOAD_REPORT',
      requesterUserId: t.userIds.manager,
    });
    expect((await documentsOf(review.id))[0]?.type).toBe('BRIDGE_LETTER');
  });

  it('refuses bad fields, a missing or empty file, too large, wrong content: nothing is kept', async () => {
    const noTitle = FIELDS.filter(([name]) => name !== 'title');
    expect(errorPaths(await refused([...noTitle, ['file', pdf(), 'a.pdf']], 400))).toEqual(['title']);
    expect(
      errorPaths(
        await refused([['securityReviewType', '9'], ...FIELDS.slice(0, 3), ['file', pdf(), 'a.pdf']], 400),
      ),
    ).toEqual(['securityReviewType']);
    expect(
      errorPaths(await refused([...FIELDS, ['requesterUserId', '99999'], ['file', pdf(), 'a.pdf']], 400)),
    ).toEqual(['requesterUserId']);
    expect(errorPaths(await refused(FIELDS, 400))).toEqual(['file']);
    expect(errorPaths(await refused([...FIELDS, ['file', Buffer.alloc(0), 'a.pdf']], 400))).toEqual(['file']);
    const big = Buffer.concat([pdf(), Buffer.alloc(1024 * 1024, 0x20)]);
    await refused([...FIELDS, ['file', big, 'big.pdf']], 413);
    await refused([...FIELDS, ['file', EXE, 'report.pdf']], 415);
    await refused([...FIELDS, ['file', pdf(), 'a.pdf'], ['file', pdf(), 'b.pdf']], 413);
    // A 400 for the fields wins over a 415 for the file (API.md's order).
    expect(errorPaths(await refused([...noTitle, ['file', EXE, 'a.pdf']], 400))).toEqual(['title']);
  });
});

describe('atomicity', () => {
  it('creates no review when the document row cannot be written (injected in the transaction)', async () => {
    // A trigger on this connection makes the document insert fail after the review insert in the same
    // transaction: the review must roll back and the file just renamed into files/ must go again.
    t.db.exec(`CREATE TEMP TRIGGER fail_document BEFORE INSERT ON documents
               BEGIN SELECT RAISE(ABORT, 'injected failure'); END`);
    try {
      const before = await storeState(t);
      const res = await postForm(t, url(), [...FIELDS, ['file', pdf(), 'a.pdf']]);
      expect(res.statusCode).toBe(500);
      expect(res.body).not.toContain('injected');
      expect(await storeState(t)).toEqual(before);
    } finally {
      t.db.exec('DROP TRIGGER temp.fail_document');
    }
  });

  it('creates no review when the file step fails', async () => {
    // files/ replaced by a plain file: the upload cannot be stored, so nothing may be created.
    const filesDir = join(t.dataDir, 'files');
    const saved = join(t.dataDir, 'files-saved');
    await rm(saved, { recursive: true, force: true });
    await rename(filesDir, saved);
    await writeFile(filesDir, 'not a folder');
    try {
      const reviews = (await storeState(t)).reviews;
      const res = await postForm(t, url(), [...FIELDS, ['file', pdf(), 'a.pdf']]);
      expect(res.statusCode).toBe(500);
      const after = await storeState(t);
      expect([after.reviews, after.tmp]).toEqual([reviews, []]);
    } finally {
      await rm(filesDir, { force: true });
      await rename(saved, filesDir);
      await mkdir(filesDir, { recursive: true });
    }
    // And the route works again once the store is back.
    expect((await postForm(t, url(), [...FIELDS, ['file', pdf(), 'a.pdf']])).statusCode).toBe(201);
  });
});
