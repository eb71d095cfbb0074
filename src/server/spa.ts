import { statSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Config } from './config';
import type { Db } from './store/db';
import { notFound } from './http/errors';
import { createSsr, SSR_DIR } from './ssr';

/*
 * The built SPA (DIST_DIR): real files as they are, and index.html for any other page address a browser asks
 * for (history fallback), so a reload on /vendors/3/reviews/7 works. API prefixes never fall back to HTML.
 */
const API_PREFIX = /^\/(public|auth|files)(\/|$)/;

const MISSING_BUILD = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>SOC Review: build missing</title></head>
<body style="font-family: system-ui, sans-serif; margin: 3rem">
<h1>SOC Review</h1>
<p>The API is running, but the web app has not been built yet.</p>
<p>Run <code>npm run build</code>, then reload this page.</p>
</body></html>
`;

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function acceptsHtml(request: FastifyRequest): boolean {
  return (request.headers.accept ?? '').includes('text/html');
}

/** The asked-for file inside DIST_DIR, or null (outside it, undecodable, or absent). */
function distFile(distDir: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const relative = path.normalize(decoded).replace(/^([/\\])+/, '');
  const absolute = path.join(distDir, relative);
  if (relative === '' || !absolute.startsWith(distDir + path.sep) || !isFile(absolute)) return null;
  // The server's own build, not the browser's (case-blind: macOS and Windows file systems are).
  if (relative.toLowerCase().startsWith(SSR_DIR + path.sep)) return null;
  return relative;
}

export async function installSpa(app: FastifyInstance, config: Config, db: Db): Promise<void> {
  // serve: false: we register the one route ourselves, so it declares its access like every other route.
  await app.register(fastifyStatic, { root: config.distDir, serve: false, suppressWarning: true });
  const sendRendered = createSsr(app, config.distDir, db);

  app.get('/*', { config: { auth: 'public' } }, async (request, reply) => {
    const urlPath = request.url.split('?')[0] ?? '/';
    if (API_PREFIX.test(urlPath)) throw notFound();
    const file = distFile(config.distDir, urlPath);
    if (file) {
      // Vite fingerprints everything under assets/, so those may be cached for good.
      const immutable = file.startsWith(`assets${path.sep}`);
      return immutable
        ? reply.sendFile(file, { immutable: true, maxAge: 31_536_000_000 })
        : reply.header('cache-control', 'no-cache').sendFile(file, { cacheControl: false });
    }
    // A missing file (an extension in the last segment) is a 404, not the app: a stale asset must not get HTML.
    const lastSegment = urlPath.slice(urlPath.lastIndexOf('/') + 1);
    if (!acceptsHtml(request) || lastSegment.includes('.')) throw notFound();
    if (!isFile(path.join(config.distDir, 'index.html'))) {
      return reply.type('text/html; charset=utf-8').send(MISSING_BUILD);
    }
    if (await sendRendered(request, reply)) return reply;
    return reply.header('cache-control', 'no-cache').sendFile('index.html', { cacheControl: false });
  });
}
