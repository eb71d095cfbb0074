import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VendorDocument, VendorDocumentPage } from '../../contract/files';
import { ELF, EXE, PNG, pdf } from '../files/test-fixtures';
import { formBody, postForm, rawFileBody, postRefused, storeState, type Part } from '../files/test-multipart';
import { createTestApp, errorOf, errorPaths, type TestApp } from '../test/harness';
import { createReview } from '../test/fixtures';

/* Operation 14 through the real app: multipart in, sniffed and stored, listed, downloadable. */
let t: TestApp;
let v: number;
let r: number;
const MiB = 1024 * 1024;
beforeAll(async () => {
  t = await createTestApp({ env: { MAX_UPLOAD_MB: '1' } });
  v = t.vendor();
  r = (await createReview(t, v)).id;
});
afterAll(() => t.close());

const url = () => `/public/v2/vendors/${v}/documents`;
const pdfOfSize = (size: number) => {
  const head = pdf();
  return Buffer.concat([head, Buffer.alloc(size - head.length, 0x20)]);
};

const refused = (parts: Part[], status: number) => postRefused(t, url(), parts, status);

describe('POST /vendors/:vendorId/documents', () => {
  it('stores a document of a review and answers 201 with a download URL', async () => {
    const bytes = pdf(['Bridge letter']);
    const res = await postForm(t, url(), [
      ['type', 'BRIDGE_LETTER'],
      ['securityReviewId', String(r)],
      ['file', bytes, 'bridge.pdf', 'application/pdf'],
    ]);
    expect(res.statusCode, res.body).toBe(201);
    const doc = VendorDocument.parse(res.json());
    expect(doc).toMatchObject({
      name: 'bridge.pdf',
      type: 'BRIDGE_LETTER',
      securityReviewId: r,
      size: bytes.length,
      contentType: 'application/pdf',
      uploadedByUserId: t.userIds.reviewer,
      downloadUrl: { fileBuffer: null, fileName: 'bridge.pdf' },
    });
    const download = await t.app.inject({ url: doc.downloadUrl?.signedUrl ?? '' });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload).toEqual(bytes);

    const one = await t.app.inject({ url: `${url()}/${doc.id}`, headers: t.bearer('auditor') });
    const read = VendorDocument.parse(one.json());
    expect(read.id).toBe(doc.id);
    expect(read.downloadUrl?.signedUrl).toMatch(/^\/files\//);
  });

  it('accepts the type as its 1-based number and defaults to COMPLIANCE_REPORT', async () => {
    const numbered = await postForm(t, url(), [
      ['file', PNG, 'scan.png'],
      ['type', '6'],
    ]);
    expect(numbered.statusCode, numbered.body).toBe(201);
    expect(numbered.json()).toMatchObject({ type: 'SOC_DOCUMENT', contentType: 'image/png' });
    const plain = await postForm(t, url(), [['file', pdf(), 'plain.pdf']]);
    expect(plain.json()).toMatchObject({ type: 'COMPLIANCE_REPORT', securityReviewId: null });
  });

  it('accepts a file of exactly the limit and refuses the limit + 1 byte with 413', async () => {
    const exact = await postForm(t, url(), [['file', pdfOfSize(MiB), 'exact.pdf']]);
    expect(exact.statusCode, exact.body).toBe(201);
    expect(exact.json()).toMatchObject({ size: MiB });
    const over = await refused([['file', pdfOfSize(MiB + 1), 'over.pdf']], 413);
    expect(errorOf(over)).toMatchObject({
      name: 'PayloadTooLargeException',
      statusCode: 413,
      message: 'The file was too large to upload',
    });
    expect(errorOf(over).errors?.map((e) => [e.path, e.message])).toEqual([
      ['file', 'over.pdf: the file is larger than the limit of 1 MB'],
    ]);
  });

  it('refuses content that does not match the extension with 415', async () => {
    for (const [bytes, name] of [
      [ELF, 'report.pdf'],
      [EXE, 'setup.pdf'],
      [PNG, 'picture.pdf'],
      [EXE, 'setup.exe'],
    ] as const) {
      const res = await refused([['file', bytes, name]], 415);
      expect(errorOf(res)).toMatchObject({ name: 'UnsupportedMediaTypeException', code: 415 });
      expect(errorPaths(res)).toEqual(['file']);
    }
  });

  it('refuses no file, an empty file, a second file, unknown and bad fields', async () => {
    expect(errorPaths(await refused([['type', 'BRIDGE_LETTER']], 400))).toEqual(['file']);
    expect(errorPaths(await refused([['file', Buffer.alloc(0), 'empty.pdf']], 400))).toEqual(['file']);
    const two = await refused(
      [
        ['file', pdf(), 'a.pdf'],
        ['file', pdf(), 'b.pdf'],
      ],
      413,
    );
    expect(errorPaths(two)).toEqual(['file']);
    const unknown = await refused(
      [
        ['file', pdf(), 'a.pdf'],
        ['colour', 'red'],
      ],
      400,
    );
    expect(errorPaths(unknown)).toEqual(['colour']);
    expect(
      errorPaths(
        await refused(
          [
            ['type', 'PASSPORT'],
            ['file', pdf(), 'a.pdf'],
          ],
          400,
        ),
      ),
    ).toEqual(['type']);
    const otherVendorsReview = (await createReview(t, t.vendor('Other'))).id;
    const foreign = await refused(
      [
        ['securityReviewId', String(otherVendorsReview)],
        ['file', pdf(), 'a.pdf'],
      ],
      400,
    );
    expect(errorPaths(foreign)).toEqual(['securityReviewId']);
  });

  it('answers 400 to a JSON body and 403 to an auditor, before reading any file', async () => {
    const json = await t.app.inject({
      method: 'POST',
      url: url(),
      headers: t.bearer('reviewer'),
      payload: { file: 'x' },
    });
    expect(json.statusCode).toBe(400);
    const before = await storeState(t);
    const auditor = await postForm(t, url(), [['file', pdf(), 'a.pdf']], t.bearer('auditor'));
    expect(auditor.statusCode).toBe(403);
    const missing = await postForm(t, `/public/v2/vendors/999999/documents`, [['file', pdf(), 'a.pdf']]);
    expect(missing.statusCode).toBe(404);
    expect(await storeState(t)).toEqual(before);
  });

  it('keeps hostile file names as harmless metadata', async () => {
    const traversal = await postForm(t, url(), [['file', pdf(), '../../etc/passwd.pdf']]);
    expect(traversal.statusCode, traversal.body).toBe(201);
    expect(traversal.json()).toMatchObject({ name: 'passwd.pdf' });
    const raw = rawFileBody('file', 'bad\u0001\u0007\u001b[31mname\u202e.pdf', pdf());
    const control = await t.app.inject({
      method: 'POST',
      url: url(),
      headers: { ...t.bearer('reviewer'), ...raw.headers },
      payload: raw.payload,
    });
    expect(control.statusCode, control.body).toBe(201);
    expect(control.json()).toMatchObject({ name: 'bad[31mname.pdf' });
    const utf8 = await postForm(t, url(), [['file', pdf(), 'Prüfbericht – 2025.pdf']]);
    expect(utf8.json()).toMatchObject({ name: 'Prüfbericht – 2025.pdf' });
    // The store holds only our own names; nothing was written outside it.
    for (const name of await readdir(join(t.dataDir, 'files'))) expect(name).toMatch(/^[0-9a-f]{32}$/);
    await expect(readdir(join(t.dataDir, 'etc'))).rejects.toThrow();
  });
});

describe('GET /vendors/:vendorId/documents', () => {
  it('lists newest first, pages by cursor, filters by type and review, expands the download URL', async () => {
    const w = t.vendor('Listing vendor');
    const rw = (await createReview(t, w)).id;
    const post = (parts: Part[]) => postForm(t, `/public/v2/vendors/${w}/documents`, parts);
    await post([['file', pdf(), 'one.pdf']]);
    await post([
      ['type', 'BRIDGE_LETTER'],
      ['file', pdf(), 'two.pdf'],
    ]);
    await post([
      ['securityReviewId', String(rw)],
      ['file', pdf(), 'three.pdf'],
    ]);
    const list = async (query: string) => {
      const res = await t.app.inject({
        url: `/public/v2/vendors/${w}/documents?${query}`,
        headers: t.bearer('auditor'),
      });
      expect(res.statusCode, res.body).toBe(200);
      return VendorDocumentPage.parse(res.json());
    };
    const first = await list('size=2&includeTotalCount=true');
    expect(first.data.map((d) => d.name)).toEqual(['three.pdf', 'two.pdf']);
    expect(first.pagination.totalCount).toBe(3);
    expect(first.data[0]?.downloadUrl).toBeUndefined();
    const second = await list(`size=2&cursor=${first.pagination.cursor ?? ''}`);
    expect(second.data.map((d) => d.name)).toEqual(['one.pdf']);
    expect(second.pagination.cursor).toBeNull();
    expect((await list('type=BRIDGE_LETTER')).data.map((d) => d.name)).toEqual(['two.pdf']);
    const ofReview = await list(`securityReviewId=${rw}&expand[]=downloadUrl`);
    expect(ofReview.data.map((d) => d.name)).toEqual(['three.pdf']);
    expect(ofReview.data[0]?.downloadUrl?.signedUrl).toMatch(/^\/files\//);
    const badCursor = await t.app.inject({
      url: `/public/v2/vendors/${w}/documents?type=BRIDGE_LETTER&cursor=${first.pagination.cursor ?? ''}`,
      headers: t.bearer('auditor'),
    });
    expect(badCursor.statusCode).toBe(400);
  });

  it('answers 404 for a document of another vendor', async () => {
    const res = await postForm(t, url(), [['file', pdf(), 'mine.pdf']]);
    const id = VendorDocument.parse(res.json()).id;
    const other = t.vendor('Someone else');
    const read = await t.app.inject({
      url: `/public/v2/vendors/${other}/documents/${id}`,
      headers: t.bearer('auditor'),
    });
    expect(read.statusCode).toBe(404);
  });
});

it('formBody encodes a real multipart body', async () => {
  const body = await formBody([['a', 'b']]);
  expect(body.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
});
