import http from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { VendorDocument } from '../../contract/files';
import { pdf } from '../files/test-fixtures';
import { formBody } from '../files/test-multipart';
import { freePort, logLines, startServer, type ServerProcess } from './server-process';

/*
 * main.ts's stop and start as an operator sees them: SIGTERM lets a request in flight finish (a second signal
 * does not cut it short), then the process exits 0; start-up repairs the file store and says so in one line,
 * and refuses a damaged database with a message and exit code 1.
 */
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'soc-review-shutdown-'));
const servers: ServerProcess[] = [];
afterAll(() => {
  for (const s of servers) if (s.child.exitCode === null) s.child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});
const auth = { authorization: 'Bearer demo-manager-key' };

/** A multipart upload sent slowly, in 20 pieces over about 2 seconds; resolves with the answer. */
function slowUpload(port: number, url: string, body: { headers: Record<string, string>; payload: Buffer }) {
  let sentFirst: () => void = () => undefined;
  const started = new Promise<void>((resolve) => (sentFirst = resolve));
  const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path: url, method: 'POST', headers: { ...auth, ...body.headers } },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    const size = Math.ceil(body.payload.length / 20);
    let i = 0;
    const tick = () => {
      req.write(body.payload.subarray(i * size, (i + 1) * size));
      // By the third piece the server has the request (headers and the start of the body) in hand.
      if (i === 2) sentFirst();
      if (++i < 20) setTimeout(tick, 100);
      else req.end();
    };
    // Only once connected: a signal sent before the connection exists would rightly refuse it.
    req.on('socket', (socket) => socket.once('connect', tick));
  });
  return { started, answer };
}

describe('graceful stop and start-up checks (real process)', () => {
  it('SIGTERM finishes the upload in flight, ignores a second signal, closes and exits 0', async () => {
    const port = await freePort();
    const server = startServer(dataDir, port);
    servers.push(server);
    await server.ready;
    const vendors = (await (
      await fetch(`${server.base}/public/v2/vendors?size=1`, { headers: auth })
    ).json()) as {
      data: { id: number }[];
    };
    const vendorId = vendors.data[0]?.id ?? 0;
    const file = pdf(['slow', 'x'.repeat(200_000)]);
    const upload = slowUpload(
      port,
      `/public/v2/vendors/${vendorId}/documents`,
      await formBody([['file', file, 'slow.pdf', 'application/pdf']]),
    );
    await upload.started;
    server.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    server.child.kill('SIGTERM');
    const answer = await upload.answer;
    expect(answer.status).toBe(201);
    expect(await server.exited).toBe(0);
    const messages = logLines(server.output()).map((l) => l.msg);
    expect(messages).toEqual(expect.arrayContaining(['stopping: finishing requests in flight', 'stopped']));
    expect(messages).toContain('already stopping: waiting for requests in flight');

    // Restarted: the upload answered 201 during the stop is there, whole. Leave debris for the next start.
    const again = startServer(dataDir, port);
    servers.push(again);
    await again.ready;
    const id = VendorDocument.parse(JSON.parse(answer.body)).id;
    const doc = VendorDocument.parse(
      await (
        await fetch(`${again.base}/public/v2/vendors/${vendorId}/documents/${id}`, { headers: auth })
      ).json(),
    );
    const bytes = Buffer.from(
      await (await fetch(`${again.base}${doc.downloadUrl?.signedUrl}`)).arrayBuffer(),
    );
    expect(bytes.equals(file)).toBe(true);
    again.child.kill('SIGINT');
    const code = await again.exited;
    if (code !== 0)
      console.log(
        again
          .output()
          .split('\n')
          .filter((l) => !/incoming request|request completed/.test(l))
          .join('\n'),
      );
    expect(code).toBe(0);
  }, 60_000);

  it('start-up moves orphans aside, removes temp leftovers and says so in one line', async () => {
    writeFileSync(path.join(dataDir, 'files', 'f'.repeat(32)), 'orphan');
    writeFileSync(path.join(dataDir, 'tmp', 'leftover.part'), 'partial');
    const server = startServer(dataDir, await freePort());
    servers.push(server);
    await server.ready;
    const line = logLines(server.output()).find((l) => String(l.msg).startsWith('start-up check'));
    expect(line?.msg).toBe('start-up check: database ok; files: 1 temp removed, 1 orphans moved, 0 missing');
    expect(readFileSync(path.join(dataDir, 'orphans', 'f'.repeat(32)), 'utf8')).toBe('orphan');
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  }, 30_000);

  it('refuses to start on a damaged database: a message and exit code 1', async () => {
    const file = path.join(dataDir, 'soc-review.sqlite');
    const bytes = readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    for (let page = 3; page < Math.floor(bytes.length / pageSize); page += 2)
      bytes.fill(0x5a, page * pageSize + 8, page * pageSize + 200);
    writeFileSync(file, bytes);
    const server = startServer(dataDir, await freePort());
    servers.push(server);
    expect(await server.exited).toBe(1);
    expect(server.output()).toMatch(/integrity check|could not be opened/);
    expect(server.output()).not.toMatch(/^\s+at /m);
  }, 30_000);
});
