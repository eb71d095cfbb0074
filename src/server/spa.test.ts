import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorOf, type TestApp } from './test/harness';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const html = { accept: 'text/html,application/xhtml+xml' };

describe('the SPA and security headers', () => {
  it('without a build: a short page that says to run npm run build', async () => {
    const res = await t.app.inject({ url: '/reviews', headers: html });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toContain('npm run build');
    expect(res.body).not.toContain('<script');
  });

  it('security headers: CSP, Referrer-Policy, nosniff, no framing', async () => {
    const res = await t.app.inject({ url: '/', headers: html });
    const csp = String(res.headers['content-security-policy']);
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "frame-ancestors 'none'",
      "object-src 'none'",
    ]) {
      expect(csp).toContain(directive);
    }
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(res.headers['referrer-policy']).toBe('same-origin');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
  });

  describe('with a build in DIST_DIR', () => {
    beforeAll(() => {
      mkdirSync(path.join(t.config.distDir, 'assets'), { recursive: true });
      writeFileSync(path.join(t.config.distDir, 'index.html'), '<!doctype html><div id="root"></div>');
      writeFileSync(path.join(t.config.distDir, 'assets', 'app-1234.js'), 'console.log(1)');
      writeFileSync(path.join(t.config.distDir, 'favicon.svg'), '<svg/>');
      writeFileSync(path.join(t.dataDir, 'secret.txt'), 'outside dist');
    });

    it('serves files as they are; fingerprinted assets cached for good', async () => {
      const js = await t.app.inject({ url: '/assets/app-1234.js' });
      expect(js.statusCode).toBe(200);
      expect(js.headers['content-type']).toMatch(/javascript/);
      expect(js.headers['cache-control']).toContain('immutable');
      const icon = await t.app.inject({ url: '/favicon.svg' });
      expect(icon.statusCode).toBe(200);
      expect(icon.headers['cache-control']).not.toContain('immutable');
    });

    it('history fallback: any page address a browser asks for answers index.html', async () => {
      for (const url of ['/', '/reviews', '/vendors/3/reviews/7/cpaFirm', '/reviews?status=IN_PROGRESS']) {
        const res = await t.app.inject({ url, headers: html });
        expect(res.statusCode, url).toBe(200);
        expect(res.body).toContain('id="root"');
        expect(res.headers['cache-control']).toBe('no-cache');
      }
    });

    it('no fallback for API prefixes, missing assets or non-HTML requests', async () => {
      for (const url of ['/public/v2/nope', '/auth/nope', '/files/nope', '/assets/missing.js']) {
        const res = await t.app.inject({ url, headers: html });
        expect(res.statusCode, url).toBe(404);
        expect(errorOf(res).code).toBe(404);
      }
      expect(
        (await t.app.inject({ url: '/reviews', headers: { accept: 'application/json' } })).statusCode,
      ).toBe(404);
    });

    it('never serves a file outside DIST_DIR', async () => {
      for (const url of [
        '/../secret.txt',
        '/%2e%2e/secret.txt',
        '/assets/..%2f..%2fsecret.txt',
        '/..%5csecret.txt',
      ]) {
        const res = await t.app.inject({ url, headers: html });
        expect(res.body, url).not.toContain('outside dist');
      }
    });
  });
});
