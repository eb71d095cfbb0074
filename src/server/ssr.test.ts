import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReviewListPage } from '../contract/review';
import { createReview } from './test/fixtures';
import { createTestApp, type TestApp } from './test/harness';

/*
 * The server render of /reviews with the real server build (vite build --ssr of src/entry-server.tsx, as
 * `npm run build` makes it) on the real app and database. What the browser then does with it (hydration, no
 * second fetch) is e2e/ssr.spec.ts.
 */
const TEMPLATE = `<!doctype html><html lang="en"><head><meta charset="UTF-8" /><title>SOC Review</title>
<link rel="stylesheet" crossorigin href="/assets/app-1.css">
<link rel="modulepreload" crossorigin href="/assets/boot-1.js"></head>
<body><div id="root"></div></body></html>`;
const HOSTILE = '</script><script>alert(1)</script> <!-- & "quotes" \u2028 end';
const html = { accept: 'text/html,application/xhtml+xml' };

let distDir: string;
let t: TestApp;
let cookie: string;

beforeAll(async () => {
  distDir = mkdtempSync(path.join(os.tmpdir(), 'soc-review-ssr-'));
  writeFileSync(path.join(distDir, 'index.html'), TEMPLATE);
  mkdirSync(path.join(distDir, 'assets'));
  writeFileSync(path.join(distDir, 'assets', 'app-1.css'), '.row{color:red}');
  // As `npm run build` makes it: Vite picks React's JSX runtime from NODE_ENV, which vitest sets to 'test'.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root: path.resolve(import.meta.dirname, '../..'),
      logLevel: 'silent',
      build: { ssr: 'src/entry-server.tsx', outDir: path.join(distDir, 'ssr'), emptyOutDir: true },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  t = await createTestApp({ env: { DIST_DIR: distDir } });
  const acme = t.vendor('Acme Payroll');
  await createReview(t, acme, { title: 'Acme SOC 2 Type 2', status: 'IN_PROGRESS' });
  await createReview(t, acme, { title: 'Acme bridge letter', status: 'COMPLETED', type: 'UPLOAD_REPORT' });
  await createReview(t, acme, { title: HOSTILE, status: 'IN_PROGRESS', type: 'SECURITY' });
  ({ cookie } = await t.login('reviewer'));
}, 60_000);
afterAll(async () => {
  await t.close();
  rmSync(distDir, { recursive: true, force: true });
});

interface State {
  renderedAt: number;
  queries: { queries: { queryKey: unknown[]; state: { data: unknown } }[] };
}

function rawStateOf(body: string): { json: string; state: State } {
  const json = /<script type="application\/json" id="ssr-state">([^<]*)<\/script>/.exec(body)?.[1];
  if (!json) throw new Error('no ssr-state block');
  return { json, state: JSON.parse(json) as State };
}

function stateOf(body: string): ReviewListPage {
  const list = rawStateOf(body).state.queries.queries.find((q) => q.queryKey[0] === 'reviews');
  return ReviewListPage.parse((list?.state.data as { pages: unknown[] }).pages[0]);
}

const plainPage = (body: string) => body.includes('<div id="root"></div>') && !body.includes('ssr-state');

describe('server render of /reviews', () => {
  it('signed in: the page arrives with its rows, its title and the data to hydrate with', async () => {
    const res = await t.app.inject({ url: '/reviews', headers: { ...html, cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toMatch(/<head>.*<title>Reviews · SOC Review<\/title>.*<\/head>/s);
    const root = /<div id="root">(.*)<\/div><script type="application\/json"/s.exec(res.body)?.[1] ?? '';
    expect(root).toContain('Acme SOC 2 Type 2');
    expect(root).toContain('Acme bridge letter');
    expect(root).toContain('Riley Chen'); // the signed-in user, in the header
    expect(root.match(/<tr>/g)?.length).toBe(4); // the header row and three reviews
    const page = stateOf(res.body);
    expect(page.data.map((r) => r.title)).toContain('Acme SOC 2 Type 2');
    expect(page.pagination.totalCount).toBe(3);
    // Only what the rows show: no SOC form, no note, no links.
    const raw = rawStateOf(res.body).state.queries.queries.find((q) => q.queryKey[0] === 'reviews');
    const rows = (raw?.state.data as { pages: { data: object[] }[] }).pages[0]?.data ?? [];
    expect(Object.keys(rows[0] ?? {}).sort()).toEqual(
      ['decision', 'id', 'reviewDeadlineAt', 'status', 'title', 'type', 'user', 'vendor', 'vendorId'].sort(),
    );
    // The time the deadlines were judged at, for the browser's hydration to judge them the same.
    expect(Math.abs(rawStateOf(res.body).state.renderedAt - Date.now())).toBeLessThan(60_000);
    // The app's JS is asked for after this page's first paint, not before (the plain page preloads it); its
    // CSS comes inline, so no request waits behind the render.
    expect(res.body).not.toContain('/assets/boot-1.js');
    expect(res.body).toMatch(/<head>.*<style>\.row\{color:red\}<\/style>.*<\/head>/s);
    expect(res.body).toContain('<link disabled rel="stylesheet" crossorigin href="/assets/app-1.css">');
  });

  it('reuses a rendered page while nothing changed, and renders again after any write', async () => {
    const get = () => t.app.inject({ url: '/reviews?q=Reuse', headers: { ...html, cookie } });
    const first = await get();
    const again = await get();
    expect(rawStateOf(again.body).state.renderedAt).toBe(rawStateOf(first.body).state.renderedAt);
    await createReview(t, t.vendor('Reuse Co'), { title: 'Reuse check' });
    const after = await get();
    expect(after.body).toContain('Reuse check');
    expect(rawStateOf(after.body).state.renderedAt).toBeGreaterThan(rawStateOf(first.body).state.renderedAt);
  });

  it('renders each visitor their own page', async () => {
    const manager = await t.login('manager');
    const first = await t.app.inject({ url: '/reviews', headers: { ...html, cookie: manager.cookie } });
    const second = await t.app.inject({ url: '/reviews', headers: { ...html, cookie } });
    expect(first.body).toContain('Morgan Patel');
    expect(first.body).not.toContain('Riley Chen');
    expect(second.body).toContain('Riley Chen');
    expect(second.body).not.toContain('Morgan Patel');
  });

  it('the URL filters decide the rows, as they do in the browser', async () => {
    const res = await t.app.inject({ url: '/reviews?status=COMPLETED', headers: { ...html, cookie } });
    expect(res.body).toContain('Acme bridge letter');
    expect(res.body).not.toContain('Acme SOC 2 Type 2');
    expect(stateOf(res.body).data.map((r) => r.title)).toEqual(['Acme bridge letter']);
    // A literal "?" in a value is part of it: the rows and the data's key come from the same query.
    const q = await t.app.inject({
      url: '/reviews?status=COMPLETED&q=bridge?',
      headers: { ...html, cookie },
    });
    expect(stateOf(q.body).data).toEqual([]);
    expect(q.body).toContain('No reviews match these filters');
  });

  it('a hostile title is text in the HTML and in the data block, never markup', async () => {
    const res = await t.app.inject({ url: '/reviews', headers: { ...html, cookie } });
    expect(res.body).not.toContain('<script>alert(1)');
    expect(res.body).toContain('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    // One data block only, and it ends where it should: the title's `</script>` did not close it.
    expect(res.body.match(/<\/script>/g)?.length).toBe(1);
    expect(stateOf(res.body).data.map((r) => r.title)).toContain(HOSTILE);
    const { json } = rawStateOf(res.body);
    expect(json).not.toMatch(/[<\u2028\u2029]/);
  });

  it('signed out, with a dead session, or on another page: the plain SPA page', async () => {
    for (const headers of [html, { ...html, cookie: 'sid=not-a-session' }]) {
      const res = await t.app.inject({ url: '/reviews', headers });
      expect(res.statusCode).toBe(200);
      expect(plainPage(res.body)).toBe(true);
      expect(res.headers['cache-control']).toBe('no-cache');
    }
    const other = await t.app.inject({ url: '/vendors/1/reviews/1', headers: { ...html, cookie } });
    expect(plainPage(other.body)).toBe(true);
    expect(other.body).toContain('rel="modulepreload"');
    expect(other.body).toContain('href="/assets/app-1.css"');
    const head = await t.app.inject({ method: 'HEAD', url: '/reviews', headers: { ...html, cookie } });
    expect(head.statusCode).toBe(200);
    expect(head.headers['cache-control']).toBe('no-cache');
  });

  it('the list refused: the plain page, whole', async () => {
    const refusing = await createTestApp({ env: { DIST_DIR: distDir, TERMS_ACCEPTED: 'false' } });
    try {
      const login = await refusing.login('reviewer');
      const res = await refusing.app.inject({ url: '/reviews', headers: { ...html, cookie: login.cookie } });
      expect(res.statusCode).toBe(200);
      expect(plainPage(res.body)).toBe(true);
      expect(res.body.match(/<head>/g)).toHaveLength(1);
      expect(res.body).toMatch(/<head>.*<title>SOC Review<\/title>.*<\/head>/s);
    } finally {
      await refusing.close();
    }
  });

  it('the server build is never served as a file', async () => {
    const res = await t.app.inject({ url: '/ssr/entry-server.js' });
    expect(res.statusCode).toBe(404);
  });
});

describe('a broken server build', () => {
  it('falls back to the plain page instead of failing', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'soc-review-ssr-broken-'));
    writeFileSync(path.join(dir, 'index.html'), TEMPLATE);
    mkdirSync(path.join(dir, 'ssr'));
    writeFileSync(
      path.join(dir, 'ssr', 'entry-server.js'),
      `export const SSR_PATH = '/reviews';
export const listRequestUrl = () => '/public/v2/vendor-security-reviews';
export async function render() { throw new Error('render exploded'); }`,
    );
    const broken = await createTestApp({ env: { DIST_DIR: dir } });
    try {
      const login = await broken.login('reviewer');
      const res = await broken.app.inject({ url: '/reviews', headers: { ...html, cookie: login.cookie } });
      expect(res.statusCode).toBe(200);
      expect(plainPage(res.body)).toBe(true);
      expect(res.body).toMatch(/<head>.*<title>SOC Review<\/title>.*<\/head>/s);
    } finally {
      await broken.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
