import helmet from '@fastify/helmet';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, securityHeaders } from './security';
import { createTestApp } from './test/harness';

/*
 * The security headers are written out once (security.ts) instead of @fastify/helmet rebuilding them on every
 * request. They must stay exactly what helmet sent with the options the app used to give it.
 */
async function helmetHeaders(production: boolean): Promise<Record<string, string>> {
  const app = Fastify();
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
    referrerPolicy: { policy: 'same-origin' },
    frameguard: { action: 'deny' },
    strictTransportSecurity: production,
    crossOriginEmbedderPolicy: false,
  });
  app.get('/', async () => 'ok');
  const res = await app.inject({ url: '/' });
  await app.close();
  const plain = new Set(['content-type', 'content-length', 'date', 'connection', 'keep-alive']);
  return Object.fromEntries(
    Object.entries(res.headers)
      .filter(([name]) => !plain.has(name))
      .map(([name, value]) => [name, String(value)]),
  );
}

describe('security headers', () => {
  it('are the ones @fastify/helmet sent, in development and in production (HSTS)', async () => {
    expect(securityHeaders({ nodeEnv: 'development' })).toEqual(await helmetHeaders(false));
    expect(securityHeaders({ nodeEnv: 'production' })).toEqual(await helmetHeaders(true));
    expect(securityHeaders({ nodeEnv: 'production' })['strict-transport-security']).toBeDefined();
  });

  it('are on every answer of the app, with its request id', async () => {
    const t = await createTestApp({ env: { NODE_ENV: 'production' } });
    try {
      const res = await t.app.inject({ url: '/public/v2/vendors', headers: t.bearer('reviewer') });
      expect(res.statusCode).toBe(200);
      expect(res.headers).toMatchObject(securityHeaders({ nodeEnv: 'production' }));
      expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      const bad = await t.app.inject({ url: '/public/v2/vendors/%E0%A4%A', headers: t.bearer('reviewer') });
      expect(bad.statusCode).toBe(400);
      expect(bad.headers).toMatchObject(securityHeaders({ nodeEnv: 'production' }));
      expect(bad.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    } finally {
      await t.close();
    }
  });
});
