import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORIGIN } from '../test/harness';
import { createLoggedApp, type LoggedApp } from '../test/logged-app';
import { ErrorBody } from '../../contract/errors';
import { VendorDocument } from '../../contract/files';
import { pdf } from '../files/test-fixtures';
import { formBody } from '../files/test-multipart';
import { DEMO_KEYS, DEMO_PASSWORD } from '../seed';

/*
 * The real app with its development logger (NODE_ENV=development), its lines captured: one structured line per
 * request with its reqId, which 500 bodies carry as requestId; no password, API key, session cookie or signed
 * download token in any line.
 */
const KEY = DEMO_KEYS['manager@example.com'] ?? '';
let app: LoggedApp['app'];
let lines: string[];
let close: LoggedApp['close'];

beforeAll(async () => {
  ({ app, lines, close } = await createLoggedApp('development'));
});
afterAll(() => close());

const parsed = () => lines.map((l) => JSON.parse(l) as Record<string, unknown>);

describe('logs', () => {
  it('carry request ids and never a password, key, cookie or download token', async () => {
    const login = await app.inject({
      method: 'POST',
      url: '/auth/login',
      headers: { origin: ORIGIN },
      payload: { email: 'manager@example.com', password: DEMO_PASSWORD },
    });
    expect(login.statusCode).toBe(200);
    const sid = login.cookies.find((c) => c.name === 'sid')?.value ?? '';
    expect(sid.length).toBeGreaterThan(10);
    const wrong = await app.inject({
      method: 'POST',
      url: '/auth/login',
      headers: { origin: ORIGIN },
      payload: { email: 'manager@example.com', password: 'not-the-Password-42' },
    });
    expect(wrong.statusCode).toBe(401);
    const me = await app.inject({ url: '/auth/me', headers: { cookie: `sid=${sid}` } });
    expect(me.statusCode).toBe(200);
    const keyed = await app.inject({
      url: '/public/v2/vendors?size=1',
      headers: { authorization: `Bearer ${KEY}` },
    });
    expect(keyed.statusCode).toBe(200);
    const vendorId = keyed.json<{ data: { id: number }[] }>().data[0]?.id ?? 0;
    const form = await formBody([['file', pdf(), 'a.pdf', 'application/pdf']]);
    const doc = await app.inject({
      method: 'POST',
      url: `/public/v2/vendors/${vendorId}/documents`,
      headers: { authorization: `Bearer ${KEY}`, ...form.headers },
      payload: form.payload,
    });
    expect(doc.statusCode).toBe(201);
    const signedUrl = VendorDocument.parse(doc.json()).downloadUrl?.signedUrl ?? '';
    expect((await app.inject({ url: signedUrl })).statusCode).toBe(200);
    const boom = await app.inject({ url: '/public/v2/boom', headers: { authorization: `Bearer ${KEY}` } });
    expect(boom.statusCode).toBe(500);

    const all = lines.join('\n');
    const token = signedUrl.split('/').pop() ?? '';
    expect(token.length).toBeGreaterThan(20);
    for (const secret of ['not-the-Password-42', KEY, sid, token]) expect(all).not.toContain(secret);
    // The demo password is a short word: look for it as a JSON value.
    expect(all).not.toContain(`"${DEMO_PASSWORD}"`);
    expect(all).not.toMatch(/authorization|cookie|password/i);

    // Every request has its lines, tied together by reqId; the 500's body carries the same id.
    const requestId = ErrorBody.parse(boom.json()).requestId;
    expect(requestId).toBe(boom.headers['x-request-id']);
    const boomLines = parsed().filter((l) => l.reqId === requestId);
    expect(boomLines.map((l) => l.msg)).toEqual(
      expect.arrayContaining(['incoming request', 'unexpected error', 'request completed']),
    );
    expect(parsed().filter((l) => l.msg === 'incoming request')).toHaveLength(7);
    expect(parsed().some((l) => JSON.stringify(l).includes('/files/[redacted]'))).toBe(true);
  });
});
