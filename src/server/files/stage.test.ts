import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import multipart from '@fastify/multipart';
import Fastify from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UploadError } from './errors';
import { commitStaged, discardStaged, removeStored, stageUpload, storedFilePath } from './stage';
import { pdf } from './test-fixtures';
import { listStore, streamOf, tempDataDir } from './test-helpers';

let dataDir: string;
let remove: () => Promise<void>;
beforeEach(async () => ({ dataDir, remove } = await tempDataDir()));
afterEach(() => remove());

/** A PDF of exactly `size` bytes (padding after %%EOF is still a PDF to every reader and to file-type). */
const pdfOfSize = (size: number) => {
  const head = pdf();
  return Buffer.concat([head, Buffer.alloc(size - head.length, 0x20)]);
};
const LIMIT = 64 * 1024;
const stage = (bytes: Buffer | Readable, fileName = 'report.pdf') =>
  stageUpload(Buffer.isBuffer(bytes) ? streamOf(bytes, 4096) : bytes, {
    dataDir,
    kind: 'document',
    fileName,
    maxBytes: LIMIT,
  });

describe('size limit', () => {
  it('accepts a file of exactly the limit', async () => {
    await expect(stage(pdfOfSize(LIMIT))).resolves.toMatchObject({ size: LIMIT });
  });

  it('refuses limit + 1 bytes with 413 and keeps nothing', async () => {
    const error = await stage(pdfOfSize(LIMIT + 1)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UploadError);
    expect((error as UploadError).status).toBe(413);
    expect(await listStore(dataDir)).toEqual({ tmp: [], files: [] });
  });

  it('treats a stream the multipart parser truncated as too large', async () => {
    const truncated = Object.assign(streamOf(pdfOfSize(1000)), { truncated: true });
    await expect(stage(truncated)).rejects.toMatchObject({ status: 413 });
    expect(await listStore(dataDir)).toEqual({ tmp: [], files: [] });
  });

  it('works with @fastify/multipart limits: limit + 1 bytes → 413, exact limit → stored', async () => {
    const app = Fastify();
    await app.register(multipart, { limits: { fileSize: LIMIT, files: 1 } });
    app.post('/up', async (req, reply) => {
      const part = await req.file();
      if (!part) return reply.code(400).send({ error: 'no file' });
      try {
        const staged = await stageUpload(part.file, {
          dataDir,
          kind: 'document',
          fileName: part.filename,
          maxBytes: LIMIT,
        });
        return { storedName: await commitStaged(staged), size: staged.size };
      } catch (e) {
        if (e instanceof UploadError) return reply.code(e.status).send({ problem: e.problem });
        throw e;
      }
    });
    const send = (bytes: Buffer) => {
      const boundary = 'XyZ123boundary';
      const body = Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n`),
        Buffer.from('Content-Type: application/pdf\r\n\r\n'),
        bytes,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      return app.inject({
        method: 'POST',
        url: '/up',
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
        payload: body,
      });
    };
    const over = await send(pdfOfSize(LIMIT + 1));
    expect([over.statusCode, over.json()]).toEqual([413, { problem: 'too-large' }]);
    expect(await listStore(dataDir)).toEqual({ tmp: [], files: [] });
    const exact = await send(pdfOfSize(LIMIT));
    expect(exact.statusCode).toBe(200);
    expect((await listStore(dataDir)).files).toEqual([exact.json<{ storedName: string }>().storedName]);
    await app.close();
  });
});

describe('durable storage', () => {
  it('commits under a random name of ours, with the same bytes, and empties tmp/', async () => {
    const bytes = pdf(['Commit me']);
    const staged = await stage(bytes, '../../etc/passwd.pdf');
    expect(staged.originalName).toBe('passwd.pdf');
    expect(staged.tempPath.startsWith(join(dataDir, 'tmp'))).toBe(true);
    const storedName = await commitStaged(staged);
    expect(storedName).toMatch(/^[0-9a-f]{32}$/);
    expect(await readFile(storedFilePath(dataDir, storedName))).toEqual(bytes);
    expect(await listStore(dataDir)).toEqual({ tmp: [], files: [storedName] });
    expect((await stat(storedFilePath(dataDir, storedName))).mode & 0o777).toBe(0o600);
    await removeStored(dataDir, storedName);
    expect(await listStore(dataDir)).toEqual({ tmp: [], files: [] });
  });

  it('discards a staged file', async () => {
    await discardStaged(await stage(pdf()));
    expect(await listStore(dataDir)).toEqual({ tmp: [], files: [] });
  });

  it('cleans names of path parts and control characters', async () => {
    const names: [string, string][] = [
      ['..\\..\\Windows\\evil.pdf', 'evil.pdf'],
      ['re\u0000port\u001f\u007f.pdf', 'report.pdf'],
      ['line\nbreak\r.pdf', 'linebreak.pdf'],
      ['invoice\u202Efdp.pdf', 'invoicefdp.pdf'],
      [`${'x'.repeat(300)}.pdf`, `${'x'.repeat(251)}.pdf`],
    ];
    for (const [raw, clean] of names) expect((await stage(pdf(), raw)).originalName).toBe(clean);
  });

  it('never maps a stored name outside files/', () => {
    expect(() => storedFilePath(dataDir, '../secret')).toThrow();
    expect(() => storedFilePath(dataDir, 'a'.repeat(31) + '/')).toThrow();
  });

  it('removes the temp file when the upload stream fails midway', async () => {
    const failing = new Readable({
      read() {
        this.push(pdf());
        this.destroy(new Error('client went away'));
      },
    });
    await expect(stage(failing)).rejects.toThrow('client went away');
    expect(await listStore(dataDir)).toEqual({ tmp: [], files: [] });
  });

  it('streams a large upload without holding it in memory', async () => {
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    const total = 200;
    async function* body() {
      yield pdf();
      for (let i = 0; i < total; i++) yield chunk;
    }
    const before = process.memoryUsage().rss;
    let peak = before;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
    const staged = await stageUpload(Readable.from(body()), {
      dataDir,
      kind: 'document',
      fileName: 'big.pdf',
      maxBytes: 300 * 1024 * 1024,
    });
    clearInterval(timer);
    peak = Math.max(peak, process.memoryUsage().rss);
    expect(staged.size).toBeGreaterThan(total * chunk.length);
    expect(peak - before).toBeLessThan(48 * 1024 * 1024);
    await discardStaged(staged);
  });
});
