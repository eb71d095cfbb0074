import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiError, NetworkError } from '../../api-client';
import { uploadErrorMessage } from './upload-api';
import { isAbort, postWithProgress } from './upload-xhr';

// A real HTTP peer (jsdom's XMLHttpRequest does real requests), answering by path like the upload routes do.
let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    let received = 0;
    req.on('data', (c: Buffer) => (received += c.length));
    req.on('end', () => {
      res.setHeader('Access-Control-Allow-Origin', '*');
      // An upload progress listener makes a cross-origin XHR send a preflight first (same-origin in the app).
      if (req.method === 'OPTIONS')
        return res.writeHead(204, { 'Access-Control-Allow-Headers': 'accept' }).end();
      res.setHeader('Content-Type', 'application/json');
      const send = (status: number, body: unknown) => res.writeHead(status).end(JSON.stringify(body));
      if (req.url === '/ok') return send(201, { id: 7, received });
      if (req.url === '/slow') return setTimeout(() => send(201, { id: 1, received }), 2000);
      if (req.url === '/415') {
        return send(415, {
          name: 'UnsupportedMediaTypeException',
          statusCode: 415,
          message: 'Unsupported file type',
          code: 415,
          errors: [{ path: 'file', message: "x.pdf: the file's content does not match its .pdf extension" }],
        });
      }
      if (req.url === '/413')
        return send(413, {
          name: 'PayloadTooLargeException',
          statusCode: 413,
          message: 'The file was too large to upload',
          code: 413,
        });
      res.writeHead(500).end('not json');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const form = () => {
  const f = new FormData();
  f.append('file', new File(['%PDF-1.4 hello'], 'x.pdf'));
  return f;
};
const Answer = z.object({ id: z.number(), received: z.number() });

describe('postWithProgress', () => {
  it('sends the form and parses the answer with the schema', async () => {
    const progress: number[] = [];
    const answer = await postWithProgress(`${base}/ok`, form(), Answer, {
      onProgress: (loaded) => progress.push(loaded),
    });
    expect(progress.at(-1)).toBe(answer.received);
    expect(answer.id).toBe(7);
    expect(answer.received).toBeGreaterThan(14);
  });

  it('rejects with ApiError carrying the body, made human for the queue', async () => {
    const e415 = await postWithProgress(`${base}/415`, form(), Answer).catch((e: unknown) => e);
    expect(e415).toBeInstanceOf(ApiError);
    expect(uploadErrorMessage(e415, 25 * 1024 * 1024)).toBe(
      "The file's content does not match its .pdf extension.",
    );
    const e413 = await postWithProgress(`${base}/413`, form(), Answer).catch((e: unknown) => e);
    expect(uploadErrorMessage(e413, 25 * 1024 * 1024)).toBe(
      'The file is larger than the server accepts (25.0 MB a file).',
    );
    const e500 = await postWithProgress(`${base}/boom`, form(), Answer).catch((e: unknown) => e);
    expect(e500).toMatchObject({ status: 500, body: null });
  });

  it('aborts with an AbortError', async () => {
    const controller = new AbortController();
    const pending = postWithProgress(`${base}/slow`, form(), Answer, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    expect(isAbort(await pending.catch((e: unknown) => e))).toBe(true);
  });

  it('rejects with NetworkError when nobody answers', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await expect(postWithProgress(`http://127.0.0.1:${port}/`, form(), Answer)).rejects.toBeInstanceOf(
      NetworkError,
    );
  });
});
