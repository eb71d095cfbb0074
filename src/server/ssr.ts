import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/*
 * The server render of /reviews (issue 7, P2): the page arrives with the signed-in user's first list page in
 * its HTML, so the rows paint before any script runs. The renderer is the SPA's own code, built by
 * `npm run build` into DIST_DIR/ssr/ (src/entry-server.tsx); the data is this server's own API answers,
 * asked in-process with the visitor's cookie, so the API's auth, validation and filters decide what shows.
 * The page's head goes out first, so the browser fetches the CSS and scripts while the rows render. Anything
 * off (no server build, signed out, an API or render error) gives the plain SPA page, which then loads the
 * same data itself: this is a speed-up, never a way for the page to break.
 */

/** The folder in DIST_DIR holding the server build: never served as a file. */
export const SSR_DIR = 'ssr';

interface SsrModule {
  SSR_PATH: string;
  listRequestUrl(search: string): string;
  render(input: { url: string; me: unknown; firstPage: unknown }): Promise<{ html: string; state: string }>;
}

const ROOT = '<div id="root"></div>';
const TITLE = /<title>[^<]*<\/title>/;

function isSsrModule(m: Partial<SsrModule>): m is SsrModule {
  return (
    typeof m.SSR_PATH === 'string' && typeof m.render === 'function' && typeof m.listRequestUrl === 'function'
  );
}

/**
 * index.html in two parts: the head without its title (sent at once), then the rest with the page's title and
 * rendered root, or the plain page's (`rendered` null). React emits the page's <title> first in its HTML.
 */
function splitTemplate(template: string) {
  const headEnd = template.indexOf('</head>');
  const rootAt = template.indexOf(ROOT);
  const title = TITLE.exec(template)?.[0];
  if (headEnd < 0 || rootAt < headEnd || !title) return null;
  return {
    head: template.slice(0, headEnd).replace(title, ''),
    rest(rendered: { html: string; state: string } | null): string {
      const own = rendered && TITLE.exec(rendered.html);
      const body = rendered ? rendered.html.slice(own?.index === 0 ? own[0].length : 0) : '';
      const root = rendered ? `<div id="root">${body}</div>${rendered.state}` : ROOT;
      return (
        (own?.index === 0 ? own[0] : title) +
        template.slice(headEnd, rootAt) +
        root +
        template.slice(rootAt + ROOT.length)
      );
    },
  };
}

export function createSsr(app: FastifyInstance, distDir: string) {
  const file = path.join(distDir, SSR_DIR, 'entry-server.js');
  let loading: Promise<SsrModule | null> | undefined;
  const load = () =>
    (loading ??= import(pathToFileURL(file).href).then(
      (m: Partial<SsrModule>) => (isSsrModule(m) ? m : null),
      (error: unknown) => {
        // No server build (an API-only checkout, or the tests' DIST_DIR) is normal; a broken one is worth a line.
        if ((error as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND')
          app.log.warn({ err: error }, 'server render disabled: %s does not load', file);
        return null;
      },
    ));

  // Loaded now, not on the first visit: importing the server build takes a few hundred ms.
  void load();

  /**
   * Sends `request`'s page rendered for its caller and returns true; or returns false, having sent nothing,
   * when the page is not server-rendered (the caller then serves the plain SPA page).
   */
  return async function sendRendered(request: FastifyRequest, reply: FastifyReply): Promise<boolean> {
    const cookie = request.headers.cookie;
    if (!cookie) return false; // signed out: the sign-in form is client-side
    const ssr = await load();
    const [pathname, search = ''] = request.url.split('?', 2);
    if (!ssr || pathname !== ssr.SSR_PATH) return false;
    const parts = splitTemplate(await readFile(path.join(distDir, 'index.html'), 'utf8'));
    if (!parts) return false;
    const ask = (url: string) =>
      app.inject({
        method: 'GET',
        url,
        headers: { cookie, accept: 'application/json' },
        remoteAddress: request.ip,
      });
    const me = await ask('/auth/me');
    if (me.statusCode !== 200) return false;

    // The page is this user's from here on: never stored by a cache. The head goes out now.
    const body = new PassThrough();
    void reply.header('cache-control', 'no-store').type('text/html; charset=utf-8').send(body);
    body.write(parts.head);
    let rendered: { html: string; state: string } | null = null;
    try {
      const started = performance.now();
      const list = await ask(ssr.listRequestUrl(search ? `?${search}` : ''));
      if (list.statusCode !== 200) throw new Error(`the list answered ${list.statusCode}`);
      rendered = await ssr.render({ url: request.url, me: me.json(), firstPage: list.json() });
      request.log.debug({ ms: performance.now() - started }, 'server render');
    } catch (error) {
      request.log.warn({ err: error }, 'server render failed; sending the plain page');
    }
    body.end(parts.rest(rendered));
    return true;
  };
}
