import type { FastifyRequest } from 'fastify';

export const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The app's own origin: APP_ORIGIN, else what this request says it reached (`protocol://Host`). */
export function expectedOrigin(request: FastifyRequest, appOrigin: string | null): string {
  return normalize(appOrigin ?? `${request.protocol}://${request.headers.host ?? ''}`);
}

/**
 * `http://localhost:80` and `http://localhost` are one origin: compare them as URL parsing spells them. An
 * opaque or unreadable origin (`Origin: null` from a sandboxed frame) becomes 'null', which matches nothing.
 */
function normalize(origin: string): string {
  try {
    return new URL(origin).origin;
  } catch {
    return 'null';
  }
}

/** The origin the browser reports: `Origin`, else the origin of `Referer`; null when neither is usable. */
export function reportedOrigin(request: FastifyRequest): string | null {
  const origin = request.headers.origin;
  if (typeof origin === 'string' && origin !== '') return normalize(origin);
  const referer = request.headers.referer;
  return typeof referer === 'string' && referer !== '' ? normalize(referer) : null;
}

/**
 * Cookie-authenticated writes must come from the app's own pages (a cross-site form post carries a foreign
 * Origin or none); SameSite=Strict is the first line, this is the second.
 */
export function sameOrigin(request: FastifyRequest, appOrigin: string | null): boolean {
  const reported = reportedOrigin(request);
  return reported !== null && reported !== 'null' && reported === expectedOrigin(request, appOrigin);
}
