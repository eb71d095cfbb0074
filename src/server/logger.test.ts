import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLoggedApp, type LoggedApp } from './test/logged-app';
import { ErrorBody } from '../contract/errors';
import { DEMO_KEYS } from './seed';

/*
 * Production logs what needs attention, not every request (logger.ts): a request that goes well writes no
 * line; an unexpected error writes its line with the reqId that the 500 body and x-request-id carry.
 * (Development's per-request lines: durability/logs.test.ts.)
 */
const auth = { authorization: `Bearer ${DEMO_KEYS['manager@example.com'] ?? ''}` };
let app: LoggedApp['app'];
let lines: string[];
let close: LoggedApp['close'];

beforeAll(async () => {
  ({ app, lines, close } = await createLoggedApp('production'));
});
afterAll(() => close());

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
