import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VendorDocument } from '../../contract/files';
import { buildApp } from '../app';
import { attachmentDisposition } from '../files/disposition';
import { pdf } from '../files/test-fixtures';
import { postForm } from '../files/test-multipart';
import { TOKEN_VALIDITY_MS, loadOrCreateSecret, signToken } from '../files/tokens';
import { createTestApp, errorOf, type TestApp } from '../test/harness';

/* Operation 15: the signed download. */
let t: TestApp;
let v: number;
beforeAll(async () => {
  t = await createTestApp();
  v = t.vendor();
});
afterAll(() => t.close());

async function upload(name: string, bytes = pdf([name])) {
  const res = await postForm(t, `/public/v2/vendors/${v}/documents`, [['file', bytes, name]]);
  expect(res.statusCode, res.body).toBe(201);
  return VendorDocument.parse(res.json());
}

describe('GET /files/:token', () => {
  it('streams the file as an attachment of its stored type, never sniffed or cached', async () => {
    const bytes = pdf(['Download me']);
    const doc = await upload('report.pdf', bytes);
    const started = Date.now();
    const url = doc.downloadUrl?.signedUrl ?? '';
    // No credentials needed: the token is the credential.
    const res = await t.app.inject({ url });
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload).toEqual(bytes);
    expect(res.headers).toMatchObject({
      'content-type': 'application/pdf',
      'content-length': String(bytes.length),
      'content-disposition': 'attachment; filename="report.pdf"',
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
    });
    // Valid 10 minutes: the expiry in the token is the signing time + 10 min.
    const expires = parseInt(url.split('.')[2] ?? '', 36);
    expect(expires - started).toBeGreaterThanOrEqual(TOKEN_VALIDITY_MS - 1000);
    expect(expires - started).toBeLessThanOrEqual(TOKEN_VALIDITY_MS + 1000);
  });

  it('names non-ASCII files with RFC 5987 filename*', async () => {
    const doc = await upload('Prüfbericht – 2025.pdf');
    const res = await t.app.inject({ url: doc.downloadUrl?.signedUrl ?? '' });
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="Pr_fbericht _ 2025.pdf"; filename*=UTF-8''Pr%C3%BCfbericht%20%E2%80%93%202025.pdf`,
    );
    expect(attachmentDisposition("it's (1).pdf")).toBe('attachment; filename="it\'s (1).pdf"');
    expect(attachmentDisposition('a"b\\c.pdf')).toBe(
      `attachment; filename="a_b_c.pdf"; filename*=UTF-8''a%22b%5Cc.pdf`,
    );
  });

  it('answers 404 to an expired, forged or altered token, and when the file is gone', async () => {
    const doc = await upload('secret.pdf');
    const secret = await loadOrCreateSecret(t.dataDir);
    const expired = signToken(secret, { kind: 'document', id: doc.id }, Date.now() - TOKEN_VALIDITY_MS - 1);
    const forged = signToken(Buffer.alloc(32, 7), { kind: 'document', id: doc.id });
    const valid = (doc.downloadUrl?.signedUrl ?? '').replace('/files/', '');
    const [kind, , exp, sig] = valid.split('.');
    const otherId = [kind, String(doc.id + 1000), exp, sig].join('.');
    for (const token of [expired.token, forged.token, otherId, 'not-a-token', '..%2F..%2Fsecret']) {
      const res = await t.app.inject({ url: `/files/${token}` });
      expect(res.statusCode, token).toBe(404);
      expect(errorOf(res).name).toBe('NotFoundException');
    }
    // A current token whose file has vanished from the disk.
    const gone = await upload('gone.pdf');
    const files = await readdir(join(t.dataDir, 'files'));
    const row = t.db.prepare('SELECT stored_name AS s FROM documents WHERE id = ?').get(gone.id) as {
      s: string;
    };
    expect(files).toContain(row.s);
    await rm(join(t.dataDir, 'files', row.s));
    expect((await t.app.inject({ url: gone.downloadUrl?.signedUrl ?? '' })).statusCode).toBe(404);
  });

  it('works when the terms are not accepted (outside /public/v2: no 412)', async () => {
    const doc = await upload('terms.pdf');
    const app = await buildApp({ config: { ...t.config, termsAccepted: false }, db: t.db });
    try {
      expect(
        (await app.inject({ url: `/public/v2/vendors/${v}/documents`, headers: t.bearer('manager') }))
          .statusCode,
      ).toBe(412);
      expect((await app.inject({ url: doc.downloadUrl?.signedUrl ?? '' })).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });
});
