import { Readable } from 'node:stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { VendorDocument } from '../../contract/files';
import { pdf } from '../files/test-fixtures';
import { createTestApp, type TestApp } from '../test/harness';

/* A 200 MB upload over real HTTP streams to disk: the process grows by a few tens of MB at most. */
let t: TestApp;
let base: string;
beforeAll(async () => {
  t = await createTestApp({ env: { MAX_UPLOAD_MB: '256' } });
  base = await t.app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(() => t.close());

const MiB = 1024 * 1024;
const CHUNKS = 200;

/** The multipart body, produced chunk by chunk: the test itself never holds the file either. */
function body(boundary: string): ReadableStream<Uint8Array> {
  const chunk = Buffer.alloc(MiB, 0x20);
  async function* parts() {
    yield Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\n` +
        'Content-Type: application/pdf\r\n\r\n',
    );
    yield pdf(['Large report']);
    for (let i = 0; i < CHUNKS; i++) yield chunk;
    yield Buffer.from(`\r\n--${boundary}--\r\n`);
  }
  return Readable.toWeb(Readable.from(parts())) as ReadableStream<Uint8Array>;
}

it('stores a 200 MB upload without holding it in memory', { timeout: 60_000 }, async () => {
  const boundary = 'memory-test-boundary';
  global.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const init: RequestInit & { duplex: 'half' } = {
    method: 'POST',
    headers: {
      ...t.bearer('reviewer'),
      'content-type': `multipart/form-data; boundary=${boundary}`,
    },
    body: body(boundary),
    duplex: 'half',
  };
  const res = await fetch(`${base}/public/v2/vendors/${t.vendor()}/documents`, init);
  clearInterval(timer);
  const text = await res.text();
  expect(res.status, text).toBe(201);
  const doc = VendorDocument.parse(JSON.parse(text));
  expect(doc.size).toBe(pdf(['Large report']).length + CHUNKS * MiB);
  expect(peak - before).toBeLessThan(64 * MiB);
});
