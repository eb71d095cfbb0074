import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FastifyInstance, FastifyRequest } from 'fastify';

/*
 * The server render of /reviews (issue 7, P2): the page arrives with the signed-in user's first list page in
 * its HTML, so the rows paint before any script runs. The renderer is the SPA's own code, built by
 * `npm run build` into DIST_DIR/ssr/ (src/entry-server.tsx); the data is this server's own API answers,
 * asked in-process with the visitor's cookie, so the API's auth, validation and filters decide what shows.
 * Anything off (no server build, signed out, an API error, a render error) falls back to the plain SPA page,
 * which then loads the same data itself: this is a speed-up, never a way for the page to break.
 */

/** The folder in DIST_DIR holding the server build: never served as a file. */
export const SSR_DIR = 'ssr';

interface SsrModule {
  SSR_PATH: string;
  listRequestUrl(search: string): string;
  render(input: { url: string; me: unknown; firstPage: unknown }): Promise<{ html: string; state: string }>;
}

const ROOT = '<div id="root"></div>';

function isSsrModule(m: Partial<SsrModule>): m is SsrModule {
  return (
    typeof m.SSR_PATH === 'string' && typeof m.render === 'function' && typeof m.listRequestUrl === 'function'
  );
}

/** React emits the page's <title> first; it belongs in <head>, in place of the generic one. */
function fill(template: string, html: string, state: string): string | null {
  if (!template.includes(ROOT)) return null;
  const title = /^<title>[^<]*<\/title>/.exec(html)?.[0];
  const page = title ? template.replace(/<title>[^<]*<\/title>/, title) : template;
  const body = title ? html.slice(title.length) : html;
  return page.replace(ROOT, () => `<div id="root">${body}</div>${state}`);
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
   * The full HTML of `request`'s page rendered for its caller, or null to serve the plain SPA page; with the
   * time each step took (ms), for the Server-Timing header.
   */
  return async function renderPage(
    request: FastifyRequest,
  ): Promise<{ html: string; timing: Record<string, number> } | null> {
    const cookie = request.headers.cookie;
    if (!cookie) return null; // signed out: the sign-in form is client-side
    const ssr = await load();
    const [pathname, search = ''] = request.url.split('?', 2);
    if (!ssr || pathname !== ssr.SSR_PATH) return null;
    try {
      const ask = (url: string) =>
        app.inject({
          method: 'GET',
          url,
          headers: { cookie, accept: 'application/json' },
          remoteAddress: request.ip,
        });
      let last = performance.now();
      const timing: Record<string, number> = {};
      const lap = (name: string) => {
        const now = performance.now();
        timing[name] = now - last;
        last = now;
      };
      const me = await ask('/auth/me');
      if (me.statusCode !== 200) return null;
      const list = await ask(ssr.listRequestUrl(search ? `?${search}` : ''));
      if (list.statusCode !== 200) return null;
      lap('api');
      const rendered = await ssr.render({ url: request.url, me: me.json(), firstPage: list.json() });
      lap('render');
      const html = fill(
        await readFile(path.join(distDir, 'index.html'), 'utf8'),
        rendered.html,
        rendered.state,
      );
      return html === null ? null : { html, timing };
    } catch (error) {
      request.log.warn({ err: error }, 'server render failed; serving the plain page');
      return null;
    }
  };
}
