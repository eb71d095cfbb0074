import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { EpochCache } from './http/epoch-cache';
import { meView } from './routes/auth';
import type { Db } from './store/db';
import type { Me } from '../contract/user';

/*
 * The server render of /reviews (issue 7, P2): the page arrives with the signed-in user's first list page in
 * its HTML, so the rows paint before any script runs. The renderer is the SPA's own code, built by
 * `npm run build` into DIST_DIR/ssr/ (src/entry-server.tsx); the list is this server's own API answer, asked
 * in-process with the visitor's cookie, so the API's auth, validation and filters decide what shows. The page
 * needs nothing else for its first paint (its CSS is inline). Anything off (no server build, signed out, an
 * API or render error) gives the plain SPA page, which then loads the same data itself: this is a speed-up,
 * never a way for the page to break.
 */

/** The folder in DIST_DIR holding the server build: never served as a file. */
export const SSR_DIR = 'ssr';

interface SsrModule {
  SSR_PATH: string;
  listRequestUrl(search: string): string;
  render(input: {
    url: string;
    me: unknown;
    firstPage: unknown;
    now: number;
  }): Promise<{ html: string; state: string }>;
}

const ROOT = '<div id="root"></div>';
/**
 * The app's modulepreload links (vite.config.ts, preloadApp), which the rendered page leaves out. Measured on
 * its LCP with 4× CPU throttling, 9 runs each, against the same HTML without any JS (368 ms): 416 ms with the
 * JS prefetched, 336 ms without; modulepreload was worse than prefetch (bench P2: 1.26–1.34× against 1.09–1.10×
 * a static page).
 */
const PRELOAD = /\s*<link rel="modulepreload"[^>]*>/g;
const STYLESHEETS = /<link rel="stylesheet"[^>]*href="(\/assets\/[^"]+\.css)"[^>]*>/g;

/**
 * The page's stylesheets, inlined. They are render-blocking, and this one-threaded server would answer their
 * requests only after it has rendered the rows. Measured with 4× CPU throttling: the style pass waited ~50 ms
 * longer for them than on a static server; inlined, the list's LCP is 0.96–0.99× a static page's (bench P2).
 */
async function inlineStyles(template: string, distDir: string): Promise<string> {
  const files = [...template.matchAll(STYLESHEETS)].map((m) => path.join(distDir, m[1] ?? ''));
  const css = await Promise.all(files.map((file) => readFile(file, 'utf8')));
  return css.join('\n').replaceAll('</style', '<\\/style');
}
const TITLE = /<title>[^<]*<\/title>/;

function isSsrModule(m: Partial<SsrModule>): m is SsrModule {
  return (
    typeof m.SSR_PATH === 'string' && typeof m.render === 'function' && typeof m.listRequestUrl === 'function'
  );
}

/**
 * index.html in two parts: the head without its title, then the rest with the page's title and rendered root.
 * React emits the page's <title> first in its HTML.
 */
function splitTemplate(template: string, styles: string) {
  const headEnd = template.indexOf('</head>');
  const rootAt = template.indexOf(ROOT);
  const title = TITLE.exec(template)?.[0];
  if (headEnd < 0 || rootAt < headEnd || !title) return null;
  return {
    // The app starts only after this page's first paint (src/main.tsx), and its JS is asked for then, not
    // before: fetching it (even as a prefetch) held that paint back (see PRELOAD). Its CSS comes inline, in
    // the links' order: no request waits behind this server's render of the rows (see inlineStyles).
    head: template
      .slice(0, headEnd)
      .replace(title, '')
      .replace(PRELOAD, '')
      // Kept, but disabled (never fetched): they tell the app's loader that this CSS is on the page already.
      .replace(STYLESHEETS, (link) => link.replace('<link ', '<link disabled '))
      .concat(`<style>${styles}</style>`),
    rest(rendered: { html: string; state: string }): string {
      const own = TITLE.exec(rendered.html);
      const body = rendered.html.slice(own?.index === 0 ? own[0].length : 0);
      const root = `<div id="root">${body}</div>${rendered.state}`;
      return (
        (own?.index === 0 ? own[0] : title) +
        template.slice(headEnd, rootAt) +
        root +
        template.slice(rootAt + ROOT.length)
      );
    },
  };
}

type Build = {
  module: SsrModule;
  page: NonNullable<ReturnType<typeof splitTemplate>>;
  version: string;
} | null;

/** How long a rendered page may be reused while the data holds: its deadline badges depend on the time. */
const REUSE_MS = 60_000;

export function createSsr(app: FastifyInstance, distDir: string, db: Db) {
  const entry = path.join(distDir, SSR_DIR, 'entry-server.js');
  const template = path.join(distDir, 'index.html');
  // Loaded once per version of the two files: a rebuild under a running server is picked up, never mixed.
  let loaded: { version: string; build: Promise<Build> } | undefined;

  async function load(version: string): Promise<Build> {
    try {
      const m = (await import(`${pathToFileURL(entry).href}?v=${version}`)) as Partial<SsrModule>;
      const html = await readFile(template, 'utf8');
      const page = splitTemplate(html, await inlineStyles(html, distDir));
      if (isSsrModule(m) && page) return { module: m, page, version };
      app.log.warn('server render disabled: %s or index.html is not what it should be', entry);
    } catch (error) {
      app.log.warn({ err: error }, 'server render disabled: %s does not load', entry);
    }
    return null;
  }

  async function current(): Promise<Build> {
    const times = await Promise.all([stat(entry), stat(template)]).catch(() => null);
    if (!times) return null; // no server build (an API-only checkout, the tests' DIST_DIR): the plain page
    const version = times.map((t) => t.mtimeMs).join('-');
    if (loaded?.version !== version) loaded = { version, build: load(version) };
    return loaded.build;
  }

  // Loaded now, not on the first visit: importing the server build takes a few hundred ms.
  void current();

  // Rendered pages, per build, user and URL, for as long as nothing in the database changed (EpochCache) and
  // at most REUSE_MS: a reload of the list, or coming back to it, is then one lookup instead of a render.
  const pages = new EpochCache<{ html: string; at: number }>(db, {
    entries: 200,
    bytes: 32_000_000,
    sizeOf: (page) => page.html.length,
  });

  /** The page's whole HTML for the request's signed-in caller, or null (then the plain page). */
  async function renderFor(
    request: FastifyRequest,
    build: NonNullable<Build>,
    url: URL,
    me: Me,
    now: number,
  ): Promise<string | null> {
    try {
      const list = await app.inject({
        method: 'GET',
        url: build.module.listRequestUrl(url.search),
        headers: { cookie: request.headers.cookie ?? '', accept: 'application/json' },
        remoteAddress: request.ip,
      });
      if (list.statusCode !== 200) {
        // A refusal (terms not accepted, rate limit) is the API's answer: the plain page shows it the same way.
        const level = list.statusCode < 500 ? 'debug' : 'warn';
        request.log[level]({ status: list.statusCode }, 'server render skipped: the list answered an error');
        return null;
      }
      const firstPage: unknown = list.json();
      const rendered = await build.module.render({
        url: url.pathname + url.search,
        me,
        firstPage,
        now,
      });
      return build.page.head + build.page.rest(rendered);
    } catch (error) {
      request.log.warn({ err: error }, 'server render failed; sending the plain page');
      return null;
    }
  }

  /**
   * Sends `request`'s page rendered for its caller and returns true; or returns false, having sent nothing,
   * when the page is not server-rendered (the caller then serves the plain SPA page).
   */
  return async function sendRendered(request: FastifyRequest, reply: FastifyReply): Promise<boolean> {
    const caller = request.caller;
    // A browser's signed-in visit; signed out, the sign-in form is client-side. HEAD gets the plain page.
    if (request.method !== 'GET' || caller?.via !== 'session') return false;
    const url = new URL(request.url, 'http://localhost');
    const build = await current().catch(() => null);
    if (!build || url.pathname !== build.module.SSR_PATH) return false;

    const epoch = pages.current(); // before reading what the page is made of
    const key = `${build.version}:${caller.user.id}:${url.pathname}${url.search}`;
    const now = Date.now();
    let page = pages.get(key, epoch);
    if (!page || now - page.at > REUSE_MS) {
      const html = await renderFor(request, build, url, meView(caller.user), now);
      if (html === null) return false;
      page = { html, at: now };
      pages.set(key, page, epoch);
    }
    // One user's data: never stored by a cache.
    void reply.header('cache-control', 'no-store').type('text/html; charset=utf-8').send(page.html);
    return true;
  };
}
