import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorBody } from '../contract/errors';
import { buildApp } from './app';
import { loadConfig } from './config';
import { DEMO_KEYS, seedDemo } from './seed';
import { openDb, type Db } from './store/db';
import type { FastifyInstance } from 'fastify';

/*
 * Production logs what needs attention, not every request (logger.ts): a request that goes well writes no
 * line; an unexpected error writes its line with the reqId that the 500 body and x-request-id carry.
 * (Development's per-request lines: durability/logs.test.ts.)
 */
const lines: string[] = [];
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'soc-review-prodlog-'));
let app: FastifyInstance;
let db: Db;
const auth = { authorization: `Bearer ${DEMO_KEYS['manager@example.com'] ?? ''}` };

beforeAll(async () => {
  const config = loadConfig({
    NODE_ENV: 'production',
    DATA_DIR: dataDir,
    DIST_DIR: path.join(dataDir, 'dist'),
  });
  db = openDb(path.join(dataDir, 'soc-review.sqlite'));
  seedDemo(db, new Date());
  app = await buildApp({ config, db, logStream: { write: (line) => void lines.push(line) } });
  app.get('/public/v2/boom', { config: { permission: 'vendors-get' } }, async () => {
    throw new Error('boom');
  });
});
afterAll(async () => {
  await app.close();
  db.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('production logs', () => {
  it('no line for requests that go well or are refused; the 500 has its line and reqId', async () => {
    expect((await app.inject({ url: '/public/v2/vendors', headers: auth })).statusCode).toBe(200);
    expect((await app.inject({ url: '/public/v2/vendors' })).statusCode).toBe(401);
    expect(lines).toEqual([]);

    const boom = await app.inject({ url: '/public/v2/boom', headers: auth });
    expect(boom.statusCode).toBe(500);
    const requestId = ErrorBody.parse(boom.json()).requestId;
    expect(requestId).toBe(boom.headers['x-request-id']);
    const logged = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(logged).toEqual([
      expect.objectContaining({ reqId: requestId, msg: 'unexpected error', level: 50 }),
    ]);
  });
});
